package dev.boucle.webhooks;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.PageMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' webhooks pages: the endpoints, each with pause/resume and delete, and the form to
 * subscribe one, then an endpoint's deliveries with replay and rotation. A new secret is shown on
 * the page that answers the form, never through a redirect (it would sit in the session meanwhile).
 */
@Controller
@Team.Admins
class WebhookPages {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final PageMessages messages;

    WebhookPages(Subscriptions subscriptions, Deliveries deliveries, PageMessages messages) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @GetMapping("/admin/webhooks")
    String list(Model model) {
        return listPage(model, WebhookPageModel.EndpointForm.EMPTY, Map.of(), null);
    }

    @PostMapping("/admin/webhooks")
    String create(WebhookPageModel.EndpointForm form, Model model, HttpServletResponse response) {
        try {
            Subscriptions.Created created = subscriptions.subscribe(new Subscriptions.Subscription(form.url(), form.events(),
                    form.description(), null), CurrentUser.get().id());
            return listPage(model, WebhookPageModel.EndpointForm.EMPTY, Map.of(), created.secret());
        } catch (BadInput bad) {
            response.setStatus(400);
            return listPage(model, form, bad.fieldErrors(), null);
        }
    }

    @GetMapping("/admin/webhooks/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(model, id, null, null);
    }

    @PostMapping("/admin/webhooks/{id}/secret")
    String rotate(@PathVariable long id, Model model) {
        Subscriptions.Rotated rotated = subscriptions.rotate(id);
        return detailPage(model, id, rotated.secret(), messages.text("webhooks.rotated", rotated.previousValidUntil().toString()));
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/replay")
    String replay(@PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
        subscriptions.one(id);
        return messages.attempt(redirect, "/admin/webhooks/" + id, () -> {
            deliveries.replay(id, deliveryId);
            return messages.text("webhooks.replayed");
        });
    }

    /** Pauses or resumes from the list; anything but {@code active=true} pauses, the safer way to read a stray value. */
    @PostMapping("/admin/webhooks/{id}/active")
    String active(@PathVariable long id, @RequestParam(required = false) @Nullable String active, RedirectAttributes redirect) {
        boolean on = "true".equals(active);
        return messages.attempt(redirect, "/admin/webhooks",
                () -> messages.text(on ? "webhooks.resumed" : "webhooks.paused", subscriptions.activate(id, on).url()));
    }

    /** Removes the endpoint with its deliveries; the page asked for a confirmation first (confirm.js). */
    @PostMapping("/admin/webhooks/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        return messages.attempt(redirect, "/admin/webhooks", () -> {
            String url = subscriptions.one(id).url();
            subscriptions.remove(id);
            return messages.text("webhooks.deleted", url);
        });
    }

    private String listPage(Model model, WebhookPageModel.EndpointForm form, Map<String, String> errors, @Nullable String secret) {
        model.addAttribute("page", new WebhookPageModel.ListPage(subscriptions.all(), form, errors, secret, WebhookEvent.names()));
        return "admin-webhooks";
    }

    private String detailPage(Model model, long id, @Nullable String secret, @Nullable String notice) {
        model.addAttribute("page", new WebhookPageModel.DetailPage(subscriptions.one(id), deliveries.of(id), secret, notice));
        return "admin-webhook";
    }
}
