package dev.boucle.scheduling;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.PageMessages;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An interviewer's scheduling profile and calendar: working hours, languages, caps, uploaded and fed calendars, blocks, time away. */
@Controller
class InterviewerCalendarPages {

    private final Profiles profiles;
    private final Replanning replanning;
    private final ProcessCatalog catalog;
    private final PageMessages pages;

    InterviewerCalendarPages(Profiles profiles, Replanning replanning, ProcessCatalog catalog, PageMessages pages) {
        this.profiles = profiles;
        this.replanning = replanning;
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping("/interviewers/{id}/profile")
    @Team.Panel
    String profile(@PathVariable("id") long userId, Model model) {
        CurrentUser user = CurrentUser.get();
        InterviewerProfile profile = profiles.profile(userId, user);
        Instant now = Instant.now();
        model.addAttribute("profile", profile);
        model.addAttribute("process", catalog.current());
        model.addAttribute("busy", profiles.busy(userId, new TimeSpan(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(28))), user));
        model.addAttribute("manager", user.in(Team.RECRUITING));
        return "interviewer-profile";
    }

    @PostMapping("/interviewers/{id}/profile")
    @Team.Panel
    String saveProfile(@PathVariable("id") long userId, ProfileForm form, BindingResult binding, RedirectAttributes redirect) {
        return pages.attempt(binding, redirect, "/interviewers/" + userId + "/profile", () -> {
            profiles.update(userId, form.change(), CurrentUser.get());
            return pages.text("sched.profile.saved");
        });
    }

    /** The profile form as the page posts it; a weekly cap that is not a number is refused by the binding. */
    record ProfileForm(@Nullable String office, @Nullable String zone, @Nullable List<String> languages,
            @Nullable List<String> roundTypes, @Nullable String workStart, @Nullable String workEnd, @Nullable Integer maxPerWeek,
            @Nullable Boolean trainee) {

        Profiles.ProfileChange change() {
            return new Profiles.ProfileChange(office, zone, languages == null ? List.of() : languages,
                    roundTypes == null ? List.of() : roundTypes, workStart, workEnd, maxPerWeek, Boolean.TRUE.equals(trainee));
        }
    }

    @PostMapping("/interviewers/{id}/calendar")
    @Team.Panel
    String upload(@PathVariable("id") long userId, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        return pages.attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            byte[] bytes;
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw new BadInput(Map.of("calendar", "sched.ics.rejected"), "sched.ics.malformed", 0);
            }
            return pages.text("sched.calendar.imported", profiles.importCalendar(userId, bytes, CurrentUser.get()));
        });
    }

    @PostMapping("/interviewers/{id}/calendar-feed")
    @Team.Panel
    String feed(@PathVariable("id") long userId, @RequestParam(defaultValue = "") String url, RedirectAttributes redirect) {
        return pages.attempt(redirect, "/interviewers/" + userId + "/profile",
                () -> pages.text("sched.calendar.imported", profiles.setFeed(userId, url, CurrentUser.get())));
    }

    @PostMapping("/interviewers/{id}/blocks")
    @Team.Panel
    String block(@PathVariable("id") long userId, @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            RedirectAttributes redirect) {
        return pages.attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            ZoneId zone = profiles.profile(userId, CurrentUser.get()).zone();
            profiles.addBlock(userId, TimeSpan.typedIn(zone, start, end), CurrentUser.get());
            return pages.text("sched.block.added");
        });
    }

    @PostMapping("/interviewers/{id}/blocks/remove")
    @Team.Panel
    String unblock(@PathVariable("id") long userId, @RequestParam(defaultValue = "0") long blockId, RedirectAttributes redirect) {
        return pages.attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            profiles.removeBlock(userId, blockId, CurrentUser.get());
            return pages.text("sched.block.removed");
        });
    }

    @PostMapping("/interviewers/{id}/unavailable")
    @Team.Recruiting
    String unavailable(@PathVariable("id") long userId, @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return pages.attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            ZoneId zone = profiles.profile(userId, CurrentUser.get()).zone();
            TimeSpan away = TimeSpan.typedIn(zone, start, end);
            Replanning.Replanned done = replanning.unavailable(userId, away.start(), away.end(), reason, CurrentUser.get());
            return pages.text("sched.replanned", done.moved(), done.unplaced());
        });
    }

}
