package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.interviews.questions.QuestionBank;
import dev.boucle.interviews.rubric.Rubrics;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.PageMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A round's interview kit: its question and rubric, the interviewer's private notes, and the scorecard form. */
@Controller
class KitPages {

    private final InterviewPlanning planning;
    private final Scorecards scorecards;
    private final ApplicationDetails details;
    private final QuestionBank questions;
    private final Rubrics rubrics;
    private final ProcessCatalog catalog;
    private final PageMessages pages;

    KitPages(InterviewPlanning planning, Scorecards scorecards, ApplicationDetails details, QuestionBank questions, Rubrics rubrics,
            ProcessCatalog catalog, PageMessages pages) {
        this.planning = planning;
        this.scorecards = scorecards;
        this.details = details;
        this.questions = questions;
        this.rubrics = rubrics;
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping("/interviews/{id}/kit")
    @dev.boucle.platform.ReadsCandidateData(value = "round", reason = "INTERVIEW")
    String kit(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Interview interview = planning.forKit(id, user);
        model.addAttribute("app", details.application(interview.applicationId(), user));
        model.addAttribute("interview", interview);
        model.addAttribute("question", interview.question() == null ? null
                : questions.version(interview.question().id(), interview.question().version()).orElse(null));
        model.addAttribute("rubric", rubrics.of(interview.roundType()).orElseThrow());
        model.addAttribute("process", catalog.current());
        model.addAttribute("notes", planning.notes(id, user));
        model.addAttribute("mine", scorecardsOf(interview, user));
        model.addAttribute("panelist", interview.hasPanelist(user.id()));
        return "kit";
    }

    @PutMapping("/interviews/{id}/notes")
    ResponseEntity<Void> notes(@PathVariable long id, @RequestParam(defaultValue = "") String text) {
        planning.saveNotes(id, text, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/interviews/{id}/scorecard")
    String submit(@PathVariable long id, ScorecardForm form, BindingResult binding, RedirectAttributes redirect) {
        return pages.attempt(binding, redirect, "/interviews/" + id + "/kit", () -> {
            scorecards.submit(id, form.submission(), CurrentUser.get());
            return pages.text("scorecard.saved");
        });
    }

    /**
     * The scorecard form: a rating ({@code rating[competency]}) and evidence ({@code evidence[competency]})
     * per competency of the rubric. A rating that is not a number reaches the rubric check as missing,
     * which names the competency.
     */
    record ScorecardForm(@Nullable Map<String, String> rating, @Nullable Map<String, String> evidence, @Nullable String recommendation,
            @Nullable String summary, @Nullable String amendmentReason) {

        Scorecards.Submission submission() {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            if (rating != null) rating.forEach((competency, score) -> ratings.put(competency, score(score)));
            return new Scorecards.Submission(ratings, recommendation, evidence == null ? Map.of() : new LinkedHashMap<>(evidence), summary,
                    amendmentReason);
        }

        private static @Nullable Integer score(String raw) {
            try {
                return Integer.valueOf(raw.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private List<Scorecard> scorecardsOf(Interview interview, CurrentUser user) {
        if (!interview.hasPanelist(user.id())) return List.of();
        try {
            return scorecards.visibleTo(interview.applicationId(), user).scorecards().stream()
                    .filter(s -> s.roundId() == interview.id() && s.interviewerId() == user.id()).toList();
        } catch (AccessDeniedException hiddenUntilPanelIsIn) {
            return scorecards.own(interview.applicationId(), interview.id(), user);
        }
    }
}
