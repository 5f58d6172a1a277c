package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.PageMessages;
import dev.boucle.platform.Refusal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan of one candidate's loop: availability, solving, progress, publishing, and declining a published interview. */
@Controller
class LoopPlanPages {

    private final Profiles profiles;
    private final CandidateSlots candidates;
    private final PlanningRuns runs;
    private final Publishing publishing;
    private final Replanning replanning;
    private final PublishedRounds published;
    private final ApplicationDetails details;
    private final InterviewPlanning planning;
    private final HiringAccess access;
    private final ProcessCatalog catalog;
    private final PageMessages pages;

    LoopPlanPages(Profiles profiles, CandidateSlots candidates, PlanningRuns runs, Publishing publishing, Replanning replanning, PublishedRounds published, ApplicationDetails details, InterviewPlanning planning, HiringAccess access, ProcessCatalog catalog, PageMessages pages) {
        this.profiles = profiles;
        this.candidates = candidates;
        this.runs = runs;
        this.publishing = publishing;
        this.replanning = replanning;
        this.published = published;
        this.details = details;
        this.planning = planning;
        this.access = access;
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping("/applications/{id}/schedule")
    @dev.boucle.platform.ReadsCandidateData(value = "application", reason = "SCHEDULING")
    @Team.Hiring
    String plan(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        var app = details.application(id, user);
        if (!access.canMoveApplication(user, id)) throw new AccessDeniedException("not a planner here");
        Schedule latest = runs.latest(id, user).orElse(null);
        CandidateSlots.Entry slots = candidates.of(id, user);
        model.addAttribute("app", app);
        model.addAttribute("slots", slots);
        model.addAttribute("zone", slots.zone() != null ? slots.zone()
                : catalog.current().office(app.job().office()).map(o -> o.zone().getId()).orElse("UTC"));
        model.addAttribute("canPlan", user.in(Team.RECRUITING));
        ZoneId candidateZone = ZoneId.of(slots.zone() == null ? "UTC" : slots.zone());
        model.addAttribute("published", PublishedView.of(published.upcoming(id, user), planning.of(id, user), profiles.all(), candidateZone,
                catalog.current(), LocaleContextHolder.getLocale()));
        progressModel(latest, id, model);
        return "schedule";
    }

    @GetMapping("/schedules/{id}/progress")
    @Team.Hiring
    String progress(@PathVariable long id, Model model) {
        Schedule schedule = runs.view(id, CurrentUser.get());
        progressModel(schedule, schedule.applicationId(), model);
        return "tags/schedule-progress";
    }

    @PostMapping("/applications/{id}/schedule/availability")
    @Team.Recruiting
    String availability(@PathVariable long id, @RequestParam(defaultValue = "") String zone, @RequestParam(defaultValue = "") String slots,
            RedirectAttributes redirect) {
        return pages.attempt(redirect, "/applications/" + id + "/schedule", () -> {
            List<CandidateSlots.Slot> parsed = new ArrayList<>();
            for (String line : slots.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                String[] parts = line.split("\\s+");
                if (parts.length != 2) throw new BadInput(Map.of("slots", "sched.availability.format"), "sched.availability.format");
                parsed.add(new CandidateSlots.Slot(parts[0], parts[1]));
            }
            candidates.replace(id, new CandidateSlots.Entry(zone, parsed), CurrentUser.get());
            return pages.text("sched.availability.saved");
        });
    }

    @PostMapping("/applications/{id}/schedule")
    @Team.Recruiting
    String solve(@PathVariable long id, PinsForm form, BindingResult binding, RedirectAttributes redirect) {
        return pages.attempt(binding, redirect, "/applications/" + id + "/schedule", () -> {
            String typedZone = candidates.of(id, CurrentUser.get()).zone();
            runs.start(id, form.stage(), form.pins(ZoneId.of(typedZone == null ? "UTC" : typedZone)), CurrentUser.get());
            return pages.text("sched.solve.started");
        });
    }

    /**
     * The plan page's solve form: the rounds pinned, and for each round ({@code interviewer[round]},
     * {@code start[round]}) the interviewer and the start typed in the candidate's zone.
     */
    record PinsForm(@Nullable String stage, @Nullable List<Long> pin, @Nullable Map<String, String> interviewer,
            @Nullable Map<String, String> start) {

        List<Schedule.Pin> pins(ZoneId zone) {
            List<Schedule.Pin> pins = new ArrayList<>();
            for (long round : pin == null ? List.<Long>of() : pin) {
                String who = interviewer == null ? null : interviewer.get(String.valueOf(round));
                String at = start == null ? null : start.get(String.valueOf(round));
                try {
                    pins.add(new Schedule.Pin(round, Long.parseLong(who == null ? "" : who),
                            LocalDateTime.parse(at == null ? "" : at).atZone(zone).toInstant()));
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new BadInput(Map.of("pins", "sched.pin.grain"), "sched.pin.grain", 15);
                }
            }
            return pins;
        }
    }

    @PostMapping("/schedules/{id}/publish")
    @Team.Recruiting
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        long app = runs.view(id, CurrentUser.get()).applicationId();
        return pages.attempt(redirect, "/applications/" + app + "/schedule", () -> {
            Publishing.Outcome done = publishing.publish(id, CurrentUser.get());
            return pages.text("sched.published", done.invitations(), done.moved());
        });
    }

    // Declining a published interview, from the week or from the plan page

    private static final java.util.regex.Pattern WEEK_LABEL = java.util.regex.Pattern.compile("\\d{4}-W\\d{2}");

    @PostMapping("/interviews/{roundId}/decline")
    @Team.Panel
    String decline(@PathVariable long roundId, @RequestParam(required = false) Long interviewerId,
            @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) Long applicationId,
            @RequestParam(defaultValue = "") String week, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        // Back where the form was: the plan page of the loop, or the week it was shown in (a label, never a free address).
        String back = applicationId != null ? "/applications/" + applicationId + "/schedule"
                : "/schedule/week?interviewer=" + (interviewerId == null ? user.id() : interviewerId)
                        + (WEEK_LABEL.matcher(week).matches() ? "&week=" + week : "");
        try {
            Replanning.Replanned done = replanning.decline(roundId, interviewerId, reason.strip(), user);
            redirect.addFlashAttribute("notice", pages.text("sched.replanned", done.moved(), done.unplaced()));
        } catch (BadInput e) {
            redirect.addFlashAttribute("declineError", e.fieldErrors().isEmpty() ? pages.text(e.messageKey(), e.args())
                    : pages.text(e.fieldErrors().values().iterator().next()));
            redirect.addFlashAttribute("declineRound", roundId);
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal r)) throw e;
            redirect.addFlashAttribute("declineError", pages.text(r.messageKey(), r.args()));
            redirect.addFlashAttribute("declineRound", roundId);
        }
        return "redirect:" + back;
    }


    private void progressModel(Schedule schedule, long applicationId, Model model) {
        CurrentUser user = CurrentUser.get();
        List<InterviewerProfile> people = profiles.all();
        CandidateSlots.Entry slots = candidates.of(applicationId, user);
        ZoneId zone = ZoneId.of(slots.zone() == null ? "UTC" : slots.zone());
        model.addAttribute("schedule", schedule);
        model.addAttribute("lines", PlanView.of(schedule, planning.of(applicationId, user), people, zone, catalog.current(),
                LocaleContextHolder.getLocale()));
        model.addAttribute("people", people);
        model.addAttribute("canPlan", user.in(Team.RECRUITING));
        model.addAttribute("applicationId", applicationId);
    }
}
