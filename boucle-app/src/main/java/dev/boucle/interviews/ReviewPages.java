package dev.boucle.interviews;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.PageMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The final review (its packet, the votes, the decision) and the calibration of the interviewers. */
@Controller
class ReviewPages {

    private final FinalReview review;
    private final Calibrated calibrated;
    private final ProcessCatalog catalog;
    private final Users users;
    private final PageMessages pages;

    ReviewPages(FinalReview review, Calibrated calibrated, ProcessCatalog catalog, Users users, PageMessages pages) {
        this.review = review;
        this.calibrated = calibrated;
        this.catalog = catalog;
        this.users = users;
        this.pages = pages;
    }

    @GetMapping("/applications/{id}/review")
    @Team.Review
    @dev.boucle.platform.ReadsCandidateData(value = "application", reason = "REVIEW")
    String review(@PathVariable long id, Model model) {
        model.addAttribute("packet", review.packet(id, CurrentUser.get()));
        model.addAttribute("process", catalog.current());
        return "review";
    }

    @PostMapping("/applications/{id}/votes")
    @Team.Deciders
    String vote(@PathVariable long id, VoteForm form, BindingResult binding, RedirectAttributes redirect) {
        return pages.attempt(binding, redirect, "/applications/" + id + "/review", () -> {
            review.vote(id, form.vote(), form.rationale(), CurrentUser.get());
            return null;
        });
    }

    record VoteForm(@Nullable String vote, @Nullable String rationale) {}

    @PostMapping("/applications/{id}/decision")
    @Team.Deciders
    String decide(@PathVariable long id, DecisionForm form, BindingResult binding, RedirectAttributes redirect) {
        return pages.attempt(binding, redirect, "/applications/" + id + "/review", () -> {
            review.decide(id, form.request(), CurrentUser.get());
            return pages.text("review.recorded");
        });
    }

    /** The decision form; an empty level means none was chosen. */
    record DecisionForm(@Nullable String decision, @Nullable String level, @Nullable String rationale, @Nullable List<String> rounds) {

        FinalReview.DecisionRequest request() {
            return new FinalReview.DecisionRequest(decision, level == null || level.isBlank() ? null : level, rationale,
                    rounds == null ? List.of() : rounds);
        }
    }

    @GetMapping("/calibration")
    @Team.Review
    String calibration(Model model) {
        Map<String, String> names = new LinkedHashMap<>();
        users.all().forEach(u -> names.put(String.valueOf(u.id()), u.name()));
        model.addAttribute("result", calibrated.current());
        model.addAttribute("names", names);
        model.addAttribute("process", catalog.current());
        return "calibration";
    }
}
