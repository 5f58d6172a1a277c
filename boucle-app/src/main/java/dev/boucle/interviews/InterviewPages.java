package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.interviews.questions.QuestionBank;
import dev.boucle.interviews.rubric.Rubrics;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the interviews module: the plan, the kit with its scorecard, the final review, calibration. */
@Controller
class InterviewPages {

    private final InterviewPlanning planning;
    private final Scorecards scorecards;
    private final FinalReview review;
    private final Calibrated calibrated;
    private final ApplicationDetails details;
    private final HiringAccess access;
    private final QuestionBank questions;
    private final Rubrics rubrics;
    private final ProcessCatalog catalog;
    private final Users users;
    private final MessageSource messages;

    InterviewPages(InterviewPlanning planning, Scorecards scorecards, FinalReview review, Calibrated calibrated,
            ApplicationDetails details, HiringAccess access, QuestionBank questions, Rubrics rubrics, ProcessCatalog catalog,
            Users users, MessageSource messages) {
        this.planning = planning;
        this.scorecards = scorecards;
        this.review = review;
        this.calibrated = calibrated;
        this.details = details;
        this.access = access;
        this.questions = questions;
        this.rubrics = rubrics;
        this.catalog = catalog;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/applications/{id}/interviews")
    String plan(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("app", details.application(id, user));
        model.addAttribute("interviews", planning.of(id, user));
        model.addAttribute("process", catalog.current());
        List<CurrentUser> panel = new ArrayList<>(users.withRole(Role.INTERVIEWER));
        users.withRole(Role.HIRING_MANAGER).stream().filter(u -> !panel.contains(u)).forEach(panel::add);
        model.addAttribute("interviewers", panel);
        model.addAttribute("questions", questions.latest(null));
        model.addAttribute("canPlan", access.canMoveApplication(user, id));
        return "interviews";
    }

    @PostMapping("/interviews/{id}/plan")
    @Team.Hiring
    String savePlan(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        Interview interview = planning.one(id, user);
        try {
            List<Long> panel = form.getOrDefault("interviewers", List.of()).stream().map(Long::parseLong).toList();
            String start = form.getFirst("start");
            String question = form.getFirst("questionId");
            planning.plan(id, new InterviewPlanning.PlanChange(panel,
                    start == null || start.isBlank() ? null : LocalDateTime.parse(start).toInstant(ZoneOffset.UTC),
                    Integer.valueOf(form.getFirst("minutes")), form.getFirst("mode"), form.getFirst("language"),
                    form.getFirst("aiPolicy"), question == null || question.isBlank() ? null : question), user);
            redirect.addFlashAttribute("notice", text("interview.saved"));
        } catch (BadInput e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()) + " " + fieldErrors(e));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()));
        } catch (NumberFormatException | DateTimeParseException e) {
            redirect.addFlashAttribute("error", text("problem.unreadable"));
        }
        return "redirect:/applications/" + interview.applicationId() + "/interviews";
    }

    @GetMapping("/interviews/{id}/kit")
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
    String submit(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("rating.")) ratings.put(k.substring(7), parseScore(v));
            if (k.startsWith("evidence.")) evidence.put(k.substring(9), v);
        });
        try {
            scorecards.submit(id, new Scorecards.Submission(ratings, form.get("recommendation"), evidence, form.get("summary"),
                    form.get("amendmentReason")),
                    CurrentUser.get());
            redirect.addFlashAttribute("notice", text("scorecard.saved"));
        } catch (BadInput e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()) + " " + fieldErrors(e));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()));
        }
        return "redirect:/interviews/" + id + "/kit";
    }

    @GetMapping("/applications/{id}/review")
    @Team.Review
    String review(@PathVariable long id, Model model) {
        model.addAttribute("packet", review.packet(id, CurrentUser.get()));
        model.addAttribute("process", catalog.current());
        return "review";
    }

    @PostMapping("/applications/{id}/votes")
    @Team.Deciders
    String vote(@PathVariable long id, @RequestParam String vote, @RequestParam(required = false) String rationale,
            RedirectAttributes redirect) {
        try {
            review.vote(id, vote, rationale, CurrentUser.get());
        } catch (BadInput | Conflict e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()));
        }
        return "redirect:/applications/" + id + "/review";
    }

    @PostMapping("/applications/{id}/decision")
    @Team.Deciders
    String decide(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            review.decide(id, new FinalReview.DecisionRequest(form.getFirst("decision"), blankToNull(form.getFirst("level")),
                    form.getFirst("rationale"), form.getOrDefault("rounds", List.of())), CurrentUser.get());
            redirect.addFlashAttribute("notice", text("review.recorded"));
        } catch (BadInput | Conflict e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()));
        }
        return "redirect:/applications/" + id + "/review";
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

    private List<dev.boucle.interviews.Scorecard> scorecardsOf(Interview interview, CurrentUser user) {
        if (!interview.hasPanelist(user.id())) return List.of();
        try {
            return scorecards.visibleTo(interview.applicationId(), user).scorecards().stream()
                    .filter(s -> s.roundId() == interview.id() && s.interviewerId() == user.id()).toList();
        } catch (org.springframework.security.access.AccessDeniedException hiddenUntilPanelIsIn) {
            return scorecards.own(interview.applicationId(), interview.id(), user);
        }
    }

    private String fieldErrors(BadInput e) {
        List<String> parts = new ArrayList<>();
        e.fieldErrors().forEach((field, key) -> parts.add(field + ": " + text(key)));
        return String.join("; ", parts);
    }

    private static Integer parseScore(String raw) {
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
