package dev.boucle.scheduling.web;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Refusal;
import dev.boucle.scheduling.CandidateSlots;
import dev.boucle.scheduling.InterviewerProfile;
import dev.boucle.scheduling.PlanningRuns;
import dev.boucle.scheduling.Profiles;
import dev.boucle.scheduling.PublishedRounds;
import dev.boucle.scheduling.Publishing;
import dev.boucle.scheduling.Replanning;
import dev.boucle.scheduling.Schedule;
import dev.boucle.scheduling.TimeSpan;
import dev.boucle.scheduling.WeekView;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of scheduling: an interviewer's profile and calendar, the plan of a loop, the week view. */
@Controller
class SchedulingPages {

    private final Profiles profiles;
    private final CandidateSlots candidates;
    private final PlanningRuns runs;
    private final Publishing publishing;
    private final Replanning replanning;
    private final WeekView weeks;
    private final PublishedRounds published;
    private final ApplicationDetails details;
    private final InterviewPlanning planning;
    private final HiringAccess access;
    private final ProcessCatalog catalog;
    private final MessageSource messages;

    SchedulingPages(Profiles profiles, CandidateSlots candidates, PlanningRuns runs, Publishing publishing, Replanning replanning,
            WeekView weeks, PublishedRounds published, ApplicationDetails details, InterviewPlanning planning, HiringAccess access,
            ProcessCatalog catalog, MessageSource messages) {
        this.profiles = profiles;
        this.candidates = candidates;
        this.runs = runs;
        this.publishing = publishing;
        this.replanning = replanning;
        this.weeks = weeks;
        this.published = published;
        this.details = details;
        this.planning = planning;
        this.access = access;
        this.catalog = catalog;
        this.messages = messages;
    }

    // The interviewer's profile

    @GetMapping("/interviewers/{id}/profile")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','INTERVIEWER','HIRING_MANAGER')")
    String profile(@PathVariable("id") long userId, Model model) {
        CurrentUser user = CurrentUser.get();
        InterviewerProfile profile = profiles.profile(userId, user);
        Instant now = Instant.now();
        model.addAttribute("profile", profile);
        model.addAttribute("process", catalog.current());
        model.addAttribute("busy", profiles.busy(userId, new TimeSpan(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(28))), user));
        model.addAttribute("manager", user.hasAny(Role.ADMIN, Role.RECRUITER));
        return "interviewer-profile";
    }

    @PostMapping("/interviewers/{id}/profile")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','INTERVIEWER','HIRING_MANAGER')")
    String saveProfile(@PathVariable("id") long userId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Integer max;
        try {
            max = Integer.valueOf(form.getFirst("maxPerWeek") == null ? "" : form.getFirst("maxPerWeek").strip());
        } catch (NumberFormatException e) {
            max = null;
        }
        Profiles.ProfileChange change = new Profiles.ProfileChange(form.getFirst("office"), form.getFirst("zone"),
                form.getOrDefault("languages", List.of()), form.getOrDefault("roundTypes", List.of()), form.getFirst("workStart"),
                form.getFirst("workEnd"), max, "on".equals(form.getFirst("trainee")) || "true".equals(form.getFirst("trainee")));
        return attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            profiles.update(userId, change, CurrentUser.get());
            return text("sched.profile.saved");
        });
    }

    @PostMapping("/interviewers/{id}/calendar")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','INTERVIEWER','HIRING_MANAGER')")
    String upload(@PathVariable("id") long userId, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        return attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            byte[] bytes;
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw new BadInput(Map.of("calendar", "sched.ics.rejected"), "sched.ics.malformed", 0);
            }
            return text("sched.calendar.imported", profiles.importCalendar(userId, bytes, CurrentUser.get()));
        });
    }

    @PostMapping("/interviewers/{id}/calendar-feed")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','INTERVIEWER','HIRING_MANAGER')")
    String feed(@PathVariable("id") long userId, @RequestParam(defaultValue = "") String url, RedirectAttributes redirect) {
        return attempt(redirect, "/interviewers/" + userId + "/profile",
                () -> text("sched.calendar.imported", profiles.setFeed(userId, url, CurrentUser.get())));
    }

    @PostMapping("/interviewers/{id}/blocks")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','INTERVIEWER','HIRING_MANAGER')")
    String block(@PathVariable("id") long userId, @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            RedirectAttributes redirect) {
        return attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            ZoneId zone = profiles.profile(userId, CurrentUser.get()).zone();
            profiles.addBlock(userId, span(start, end, zone), CurrentUser.get());
            return text("sched.block.added");
        });
    }

    @PostMapping("/interviewers/{id}/blocks/remove")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','INTERVIEWER','HIRING_MANAGER')")
    String unblock(@PathVariable("id") long userId, @RequestParam(defaultValue = "0") long blockId, RedirectAttributes redirect) {
        return attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            profiles.removeBlock(userId, blockId, CurrentUser.get());
            return text("sched.block.removed");
        });
    }

    @PostMapping("/interviewers/{id}/unavailable")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER')")
    String unavailable(@PathVariable("id") long userId, @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            ZoneId zone = profiles.profile(userId, CurrentUser.get()).zone();
            TimeSpan away = span(start, end, zone);
            Replanning.Replanned done = replanning.unavailable(userId, away.start(), away.end(), reason, CurrentUser.get());
            return text("sched.replanned", done.moved(), done.unplaced());
        });
    }

    // The plan of a loop

    @GetMapping("/applications/{id}/schedule")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','HIRING_MANAGER')")
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
        model.addAttribute("canPlan", user.hasAny(Role.ADMIN, Role.RECRUITER));
        ZoneId candidateZone = ZoneId.of(slots.zone() == null ? "UTC" : slots.zone());
        model.addAttribute("published", PublishedView.of(published.upcoming(id, user), planning.of(id, user), profiles.all(), candidateZone,
                catalog.current(), LocaleContextHolder.getLocale()));
        progressModel(latest, id, model);
        return "schedule";
    }

    @GetMapping("/schedules/{id}/progress")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','HIRING_MANAGER')")
    String progress(@PathVariable long id, Model model) {
        Schedule schedule = runs.view(id, CurrentUser.get());
        progressModel(schedule, schedule.applicationId(), model);
        return "tags/schedule-progress";
    }

    @PostMapping("/applications/{id}/schedule/availability")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER')")
    String availability(@PathVariable long id, @RequestParam(defaultValue = "") String zone, @RequestParam(defaultValue = "") String slots,
            RedirectAttributes redirect) {
        return attempt(redirect, "/applications/" + id + "/schedule", () -> {
            List<CandidateSlots.Slot> parsed = new ArrayList<>();
            for (String line : slots.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                String[] parts = line.split("\\s+");
                if (parts.length != 2) throw new BadInput(Map.of("slots", "sched.availability.format"), "sched.availability.format");
                parsed.add(new CandidateSlots.Slot(parts[0], parts[1]));
            }
            candidates.replace(id, new CandidateSlots.Entry(zone, parsed), CurrentUser.get());
            return text("sched.availability.saved");
        });
    }

    @PostMapping("/applications/{id}/schedule")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER')")
    String solve(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return attempt(redirect, "/applications/" + id + "/schedule", () -> {
            ZoneId zone = ZoneId.of(candidates.of(id, CurrentUser.get()).zone() == null ? "UTC" : candidates.of(id, CurrentUser.get()).zone());
            List<Schedule.Pin> pins = new ArrayList<>();
            for (String round : form.getOrDefault("pin", List.of())) {
                String interviewer = form.getFirst("interviewer-" + round);
                String start = form.getFirst("start-" + round);
                try {
                    pins.add(new Schedule.Pin(Long.parseLong(round), Long.parseLong(interviewer == null ? "" : interviewer),
                            LocalDateTime.parse(start == null ? "" : start).atZone(zone).toInstant()));
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new BadInput(Map.of("pins", "sched.pin.grain"), "sched.pin.grain", 15);
                }
            }
            runs.start(id, form.getFirst("stage"), pins, CurrentUser.get());
            return text("sched.solve.started");
        });
    }

    @PostMapping("/schedules/{id}/publish")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        long app = runs.view(id, CurrentUser.get()).applicationId();
        return attempt(redirect, "/applications/" + app + "/schedule", () -> {
            Publishing.Outcome done = publishing.publish(id, CurrentUser.get());
            return text("sched.published", done.invitations(), done.moved());
        });
    }

    // Declining a published interview, from the week or from the plan page

    private static final java.util.regex.Pattern WEEK_LABEL = java.util.regex.Pattern.compile("\\d{4}-W\\d{2}");

    @PostMapping("/interviews/{roundId}/decline")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','INTERVIEWER','HIRING_MANAGER')")
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
            redirect.addFlashAttribute("notice", text("sched.replanned", done.moved(), done.unplaced()));
        } catch (BadInput e) {
            redirect.addFlashAttribute("declineError", e.fieldErrors().isEmpty() ? text(e.messageKey(), e.args())
                    : text(e.fieldErrors().values().iterator().next()));
            redirect.addFlashAttribute("declineRound", roundId);
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal r)) throw e;
            redirect.addFlashAttribute("declineError", text(r.messageKey(), r.args()));
            redirect.addFlashAttribute("declineRound", roundId);
        }
        return "redirect:" + back;
    }

    // The week

    @GetMapping("/schedule/week")
    @PreAuthorize("hasAnyRole('ADMIN','RECRUITER','INTERVIEWER','HIRING_MANAGER')")
    String week(@RequestParam(required = false) Long interviewer, @RequestParam(required = false) String office,
            @RequestParam(required = false) String week, @RequestParam(required = false) String zone, Model model) {
        CurrentUser user = CurrentUser.get();
        try {
            model.addAttribute("week", weeks.of(interviewer, office, week, zone, user));
        } catch (BadInput e) {
            model.addAttribute("week", weeks.of(interviewer, office, null, null, user));
            model.addAttribute("error", text(e.messageKey(), e.args()));
        }
        model.addAttribute("process", catalog.current());
        model.addAttribute("manager", user.hasAny(Role.ADMIN, Role.RECRUITER));
        model.addAttribute("people", user.hasAny(Role.ADMIN, Role.RECRUITER) ? profiles.all() : List.of());
        return "week";
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
        model.addAttribute("canPlan", user.hasAny(Role.ADMIN, Role.RECRUITER));
        model.addAttribute("applicationId", applicationId);
    }

    private static TimeSpan span(String start, String end, ZoneId zone) {
        try {
            Instant from = LocalDateTime.parse(start.strip()).atZone(zone).toInstant();
            Instant to = LocalDateTime.parse(end.strip()).atZone(zone).toInstant();
            if (!to.isAfter(from)) throw new BadInput(Map.of("end", "sched.span.order"), "sched.span.order");
            return new TimeSpan(from, to);
        } catch (DateTimeParseException e) {
            throw new BadInput(Map.of("start", "sched.availability.format"), "sched.availability.format");
        }
    }

    /** Runs a form action; its notice or the refusal (with the fields at fault) is shown after the redirect. */
    private String attempt(RedirectAttributes redirect, String back, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (BadInput e) {
            String fields = e.fieldErrors().entrySet().stream().map(f -> f.getKey() + ": " + text(f.getValue()))
                    .collect(Collectors.joining("; "));
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()) + (fields.isEmpty() ? "" : " (" + fields + ")"));
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal r)) throw e;
            redirect.addFlashAttribute("error", text(r.messageKey(), r.args()));
        }
        return "redirect:" + back;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
