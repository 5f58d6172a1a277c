package dev.boucle.scheduling;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.PageMessages;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The week view: one interviewer's or one office's interviews, in a chosen time zone. */
@Controller
class WeekPages {

    private final WeekView weeks;
    private final Profiles profiles;
    private final ProcessCatalog catalog;
    private final PageMessages pages;

    WeekPages(WeekView weeks, Profiles profiles, ProcessCatalog catalog, PageMessages pages) {
        this.weeks = weeks;
        this.profiles = profiles;
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping("/schedule/week")
    @Team.Panel
    String week(@RequestParam(required = false) Long interviewer, @RequestParam(required = false) String office,
            @RequestParam(required = false) String week, @RequestParam(required = false) String zone, Model model) {
        CurrentUser user = CurrentUser.get();
        try {
            model.addAttribute("week", weeks.of(interviewer, office, week, zone, user));
        } catch (BadInput e) {
            model.addAttribute("week", weeks.of(interviewer, office, null, null, user));
            model.addAttribute("error", pages.text(e.messageKey(), e.args()));
        }
        model.addAttribute("process", catalog.current());
        model.addAttribute("manager", user.in(Team.RECRUITING));
        model.addAttribute("people", user.in(Team.RECRUITING) ? profiles.all() : List.of());
        return "week";
    }
}
