package dev.boucle.privacy;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.PageMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recruiting team's pages of explanation requests: the list, oldest due first, and one request with its answer form. */
@Controller
class ExplanationPages {

    private final ExplanationRequests requests;
    private final PageMessages pages;
    private final java.time.Clock clock;

    ExplanationPages(ExplanationRequests requests, PageMessages pages, java.time.Clock clock) {
        this.requests = requests;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/explanation-requests")
    @Team.Recruiting
    String list(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("requests", requests.list(open));
        model.addAttribute("open", open);
        model.addAttribute("now", clock.instant());
        return "privacy/explanations";
    }

    @GetMapping("/explanation-requests/{id}")
    @Team.Recruiting
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", requests.detail(id, CurrentUser.get()));
        return "privacy/explanation";
    }

    @PostMapping("/explanation-requests/{id}/answer")
    @Team.Recruiting
    String answer(@PathVariable long id, @RequestParam(required = false) @Nullable String answer, RedirectAttributes redirect) {
        return pages.attempt(redirect, "/explanation-requests/" + id, () -> {
            requests.answer(id, answer, CurrentUser.get());
            return pages.text("aiact.explanation.sent");
        });
    }
}
