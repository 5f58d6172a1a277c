package dev.boucle.offers;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.PageMessages;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The offer pages: an application's offers, the builder, the offer with its comparison, the letter. */
@Controller
class OfferPages {

    private final MakingOffers making;
    private final ApprovingOffers approving;
    private final ReadingOffers reading;
    private final ApplicationDetails details;
    private final ProcessCatalog catalog;
    private final CompBands bands;
    private final LetterDownload letters;
    private final MessageSource messages;
    private final PageMessages pages;

    OfferPages(MakingOffers making, ApprovingOffers approving, ReadingOffers reading, ApplicationDetails details,
            ProcessCatalog catalog, CompBands bands, LetterDownload letters, MessageSource messages,
            PageMessages pages) {
        this.making = making;
        this.approving = approving;
        this.reading = reading;
        this.details = details;
        this.catalog = catalog;
        this.bands = bands;
        this.letters = letters;
        this.messages = messages;
        this.pages = pages;
    }

    @GetMapping("/applications/{id}/offers")
    @dev.boucle.platform.ReadsCandidateData(value = "application", reason = "OFFER")
    @Team.Review
    String list(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        var offers = reading.ofApplication(id, user);
        model.addAttribute("app", details.application(id, user));
        model.addAttribute("offers", offers);
        model.addAttribute("canBuild", OfferAccess.builds(user) && offers.stream().allMatch(o -> o.state().closed()));
        return "offers";
    }

    @GetMapping("/applications/{id}/offers/new")
    @Team.Recruiting
    String builder(@PathVariable long id, Model model) {
        var app = details.application(id, CurrentUser.get());
        return builderView(model, id, null, new OfferForm(app.job().office(), "", "", "", "", "", null), Map.of(), null);
    }

    @PostMapping("/applications/{id}/offers")
    @Team.Recruiting
    String create(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
        OfferForm form = Forms.offerForm(fields);
        try {
            Offer offer = making.create(id, form, CurrentUser.get());
            redirect.addFlashAttribute("notice", text("offer.created"));
            return "redirect:/offers/" + offer.id();
        } catch (BadInput e) {
            return builderView(model, id, null, form, e.fieldErrors(), null);
        } catch (Conflict e) {
            return builderView(model, id, null, form, Map.of(), text(e.messageKey(), e.args()));
        }
    }

    @GetMapping("/offers/{id}/edit")
    @Team.Recruiting
    String edit(@PathVariable long id, Model model) {
        var file = reading.file(id, CurrentUser.get());
        return builderView(model, file.offer().applicationId(), id, OfferForm.of(file.offer().terms()), Map.of(), null);
    }

    @PostMapping("/offers/{id}")
    @Team.Recruiting
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
        OfferForm form = Forms.offerForm(fields);
        long app = reading.file(id, CurrentUser.get()).offer().applicationId();
        try {
            making.edit(id, form, CurrentUser.get());
            redirect.addFlashAttribute("notice", text("offer.saved"));
            return "redirect:/offers/" + id;
        } catch (BadInput e) {
            return builderView(model, app, id, form, e.fieldErrors(), null);
        } catch (Conflict e) {
            return builderView(model, app, id, form, Map.of(), text(e.messageKey(), e.args()));
        }
    }

    private String builderView(Model model, long applicationId, Long offerId, OfferForm form, Map<String, String> errors, String error) {
        model.addAttribute("app", details.application(applicationId, CurrentUser.get()));
        model.addAttribute("offerId", offerId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("process", catalog.current());
        model.addAttribute("book", bands.current());
        model.addAttribute("instruments", EquityInstrument.values());
        return "offer-builder";
    }

    @GetMapping("/offers/{id}")
    @Team.Review
    String show(@PathVariable long id, @RequestParam MultiValueMap<String, String> query, Model model) {
        CurrentUser user = CurrentUser.get();
        var file = reading.file(id, user);
        OfferComparison.Comparison comparison;
        try {
            comparison = reading.comparison(id, Forms.household(query), user);
        } catch (BadInput e) {
            // The page still shows the offer, compared for a single person, and says which field was refused.
            comparison = reading.comparison(id, TaxResidence.Household.SINGLE, user);
            model.addAttribute("householdError", text(e.fieldErrors().values().iterator().next()));
            model.addAttribute("householdField", e.fieldErrors().keySet().iterator().next());
        }
        model.addAttribute("file", file);
        model.addAttribute("comparison", comparison);
        model.addAttribute("process", catalog.current());
        model.addAttribute("lines", new LineLabels(messages, LocaleContextHolder.getLocale()));
        model.addAttribute("chart", ComparisonChart.svg(comparison, catalog.current(), messages, LocaleContextHolder.getLocale()));
        return "offer";
    }

    @PostMapping("/offers/{id}/transitions")
    @Team.Recruiting
    String move(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String respondBy, @RequestParam(required = false) String declineReason,
            RedirectAttributes redirect) {
        try {
            OfferAction a = OfferAction.parse(action).orElseThrow(() -> new BadInput("offer.error.action"));
            // The date and the decline reason sit in the one form every button submits; only extending reads the
            // date, only declining the reason.
            making.move(id, a, reason, a == OfferAction.EXTEND ? respondBy : null, a == OfferAction.DECLINE ? declineReason : null,
                    CurrentUser.get());
            redirect.addFlashAttribute("notice", text("offer.moved." + a.name()));
        } catch (BadInput e) {
            if (e.fieldErrors().isEmpty()) {
                refusal(redirect, e);
            } else {
                // Each field at fault is told next to it in the form; the top of the page only points there.
                Map<String, String> fields = new java.util.LinkedHashMap<>();
                e.fieldErrors().forEach((field, key) -> fields.put(field, text(key)));
                redirect.addFlashAttribute("fieldErrors", fields);
                redirect.addFlashAttribute("error", text("form.fix-errors"));
            }
        } catch (Conflict e) {
            refusal(redirect, e);
        }
        return "redirect:/offers/" + id;
    }

    @PostMapping("/offers/{id}/approvals")
    @Team.Review
    String approve(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            approving.decide(id, Forms.decision(decision), reason, CurrentUser.get());
            redirect.addFlashAttribute("notice", text("offer.approval.recorded"));
        } catch (BadInput | Conflict e) {
            refusal(redirect, e);
        }
        return "redirect:/offers/" + id;
    }

    @GetMapping("/offers/{id}/letter.pdf")
    @Team.Review
    ResponseEntity<byte[]> letter(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        return letters.pdf(id, lang);
    }

    private void refusal(RedirectAttributes redirect, RuntimeException e) {
        redirect.addFlashAttribute("error", pages.refusal(e));
    }

    private String text(String key, Object... args) {
        return pages.text(key, args);
    }
}
