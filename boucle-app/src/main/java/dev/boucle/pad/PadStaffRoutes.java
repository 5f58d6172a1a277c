package dev.boucle.pad;

import dev.boucle.people.CurrentUser;
import dev.boucle.platform.ApiController;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The staff page's pad routes (signed in, CSRF header from the page). Who may use them is who may
 * see the round: its panel, the hiring team, and the committee at the final review, which replays
 * the session from here.
 */
@ApiController
class PadStaffRoutes {

    private final PadDoors doors;
    private final PadSessions sessions;
    private final LivePads live;
    private final PadJson views;

    PadStaffRoutes(PadDoors doors, PadSessions sessions, LivePads live, PadJson views) {
        this.doors = doors;
        this.sessions = sessions;
        this.live = live;
        this.views = views;
    }

    @GetMapping("/interviews/{id}/pad/state")
    JsonNode state(@PathVariable long id) {
        return views.state(sessions.view(doors.staff(id, CurrentUser.get())));
    }

    /** The whole timeline, edits included, a page at a time: what playback replays. */
    @GetMapping("/interviews/{id}/pad/timeline")
    JsonNode timeline(@PathVariable long id, @RequestParam(defaultValue = "0") long after) {
        Participant who = doors.staff(id, CurrentUser.get());
        return views.events(live.events(who.roundId(), Math.max(0, after), true));
    }

    @PostMapping("/interviews/{id}/pad/runs")
    ResponseEntity<Map<String, Long>> run(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        return ResponseEntity.accepted().body(Map.of("submission", sessions.run(doors.staff(id, user), user)));
    }

    @PostMapping("/interviews/{id}/pad/language")
    ResponseEntity<Void> language(@PathVariable long id, @RequestBody JsonNode body) {
        sessions.switchLanguage(doors.staff(id, CurrentUser.get()), body.path("language").asString(null));
        return ResponseEntity.noContent().build();
    }
}
