package dev.boucle.pad;

import dev.boucle.coding.CodingRounds;
import dev.boucle.hiring.RoundId;
import dev.boucle.interviews.Interview;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The live pad's pages: the candidate's room (the link is the key), staff's room with the
 * timeline, playback, integrity summary and private notes, and the summary as a fragment the kit
 * and the final review load.
 */
@Controller
class PadRoom {

    private final PadDoors doors;
    private final PadSessions sessions;
    private final PadAssistant assistant;
    private final PadIntegrity integrity;
    private final CodingRounds coding;
    private final InterviewPlanning planning;
    private final dev.boucle.hiring.process.ProcessCatalog catalog;

    PadRoom(PadDoors doors, PadSessions sessions, PadAssistant assistant, PadIntegrity integrity, CodingRounds coding,
            InterviewPlanning planning, dev.boucle.hiring.process.ProcessCatalog catalog) {
        this.catalog = catalog;
        this.doors = doors;
        this.sessions = sessions;
        this.assistant = assistant;
        this.integrity = integrity;
        this.coding = coding;
        this.planning = planning;
    }

    @GetMapping("/pad/{token}")
    String candidate(@PathVariable String token, Model model, HttpServletResponse response) {
        Participant who;
        try {
            who = doors.candidate(token);
        } catch (NotFound e) {
            // Unknown, mistyped or replaced by a newer link: the same page, so a link reveals nothing.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "pad/gone";
        }
        var view = sessions.view(who);
        model.addAttribute("view", view);
        model.addAttribute("roundLocale", Locale.of(who.roundLanguage()));
        model.addAttribute("languages", coding.languages());
        model.addAttribute("assistantOn", assistant.enabled());
        model.addAttribute("base", "/pad/" + token);
        return "pad/candidate";
    }

    @GetMapping("/interviews/{id}/pad")
    @dev.boucle.platform.ReadsCandidateData(value = "round", reason = "INTERVIEW")
    String staff(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Participant who = doors.staff(id, user);
        Interview interview = planning.one(id, user);
        model.addAttribute("view", sessions.view(who));
        model.addAttribute("interview", interview);
        model.addAttribute("languages", coding.languages());
        model.addAttribute("notes", interview.hasPanelist(user.id()) ? planning.notes(id, user) : null);
        model.addAttribute("base", "/interviews/" + id + "/pad");
        return "pad/staff";
    }

    /** The integrity summary for the kit's scorecard form and the review packet; empty for a round without a live pad. */
    @GetMapping("/interviews/{id}/pad/integrity")
    String integrity(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Interview interview = planning.one(id, user);
        PadIntegrity.Summary summary;
        try {
            summary = integrity.of(new RoundId(id), doors.staff(id, user).policy()).orElse(null);
        } catch (NotFound noPad) {
            summary = null;
        }
        model.addAttribute("interview", interview);
        model.addAttribute("roundName", catalog.current().roundType(interview.roundType())
                .map(t -> t.name().in(org.springframework.context.i18n.LocaleContextHolder.getLocale())).orElse(interview.roundType()));
        model.addAttribute("summary", summary);
        return "pad/integrity";
    }
}
