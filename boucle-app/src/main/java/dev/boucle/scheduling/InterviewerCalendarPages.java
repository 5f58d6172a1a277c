package dev.boucle.scheduling;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
    private final PageActions actions;

    InterviewerCalendarPages(Profiles profiles, Replanning replanning, ProcessCatalog catalog, PageActions actions) {
        this.profiles = profiles;
        this.replanning = replanning;
        this.catalog = catalog;
        this.actions = actions;
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
        return actions.attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            profiles.update(userId, change, CurrentUser.get());
            return actions.text("sched.profile.saved");
        });
    }

    @PostMapping("/interviewers/{id}/calendar")
    @Team.Panel
    String upload(@PathVariable("id") long userId, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        return actions.attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            byte[] bytes;
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw new BadInput(Map.of("calendar", "sched.ics.rejected"), "sched.ics.malformed", 0);
            }
            return actions.text("sched.calendar.imported", profiles.importCalendar(userId, bytes, CurrentUser.get()));
        });
    }

    @PostMapping("/interviewers/{id}/calendar-feed")
    @Team.Panel
    String feed(@PathVariable("id") long userId, @RequestParam(defaultValue = "") String url, RedirectAttributes redirect) {
        return actions.attempt(redirect, "/interviewers/" + userId + "/profile",
                () -> actions.text("sched.calendar.imported", profiles.setFeed(userId, url, CurrentUser.get())));
    }

    @PostMapping("/interviewers/{id}/blocks")
    @Team.Panel
    String block(@PathVariable("id") long userId, @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            RedirectAttributes redirect) {
        return actions.attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            ZoneId zone = profiles.profile(userId, CurrentUser.get()).zone();
            profiles.addBlock(userId, PageActions.span(start, end, zone), CurrentUser.get());
            return actions.text("sched.block.added");
        });
    }

    @PostMapping("/interviewers/{id}/blocks/remove")
    @Team.Panel
    String unblock(@PathVariable("id") long userId, @RequestParam(defaultValue = "0") long blockId, RedirectAttributes redirect) {
        return actions.attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            profiles.removeBlock(userId, blockId, CurrentUser.get());
            return actions.text("sched.block.removed");
        });
    }

    @PostMapping("/interviewers/{id}/unavailable")
    @Team.Recruiting
    String unavailable(@PathVariable("id") long userId, @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return actions.attempt(redirect, "/interviewers/" + userId + "/profile", () -> {
            ZoneId zone = profiles.profile(userId, CurrentUser.get()).zone();
            TimeSpan away = PageActions.span(start, end, zone);
            Replanning.Replanned done = replanning.unavailable(userId, away.start(), away.end(), reason, CurrentUser.get());
            return actions.text("sched.replanned", done.moved(), done.unplaced());
        });
    }

}
