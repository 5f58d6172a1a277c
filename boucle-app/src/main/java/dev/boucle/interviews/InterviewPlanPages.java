package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.interviews.questions.QuestionBank;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.PageMessages;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

/** The interview plan of one application: each round's panel, time, mode, language, AI-tool policy and question. */
@Controller
class InterviewPlanPages {

    private final InterviewPlanning planning;
    private final ApplicationDetails details;
    private final HiringAccess access;
    private final QuestionBank questions;
    private final ProcessCatalog catalog;
    private final Users users;
    private final PageMessages pages;

    InterviewPlanPages(InterviewPlanning planning, ApplicationDetails details, HiringAccess access, QuestionBank questions,
            ProcessCatalog catalog, Users users, PageMessages pages) {
        this.planning = planning;
        this.details = details;
        this.access = access;
        this.questions = questions;
        this.catalog = catalog;
        this.users = users;
        this.pages = pages;
    }

    @GetMapping("/applications/{id}/interviews")
    @dev.boucle.platform.ReadsCandidateData(value = "application", reason = "INTERVIEW")
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
    String savePlan(@PathVariable long id, PlanForm form, BindingResult binding, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        Interview interview = planning.one(id, user);
        return pages.attempt(binding, redirect, "/applications/" + interview.applicationId() + "/interviews", () -> {
            planning.plan(id, form.change(), user);
            return pages.text("interview.saved");
        });
    }

    /** The plan form of one round; the start is typed in UTC, as the page says. */
    record PlanForm(@Nullable List<Long> interviewers, @Nullable String start, @Nullable Integer minutes, @Nullable String mode,
            @Nullable String language, @Nullable String aiPolicy, @Nullable String questionId) {

        InterviewPlanning.PlanChange change() {
            Instant startsAt;
            try {
                startsAt = start == null || start.isBlank() ? null : LocalDateTime.parse(start).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new BadInput(Map.of("start", "problem.unreadable"), "problem.invalid-fields", "start");
            }
            return new InterviewPlanning.PlanChange(interviewers == null ? List.of() : interviewers, startsAt, minutes, mode, language,
                    aiPolicy, questionId == null || questionId.isBlank() ? null : questionId);
        }
    }
}
