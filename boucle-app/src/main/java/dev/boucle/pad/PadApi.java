package dev.boucle.pad;

import dev.boucle.people.CurrentUser;
import dev.boucle.platform.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** The live pad through the API: the document as the server holds it, and its timeline. */
@ApiController("/api/v1")
class PadApi {

    private final PadDoors doors;
    private final PadSessions sessions;
    private final LivePads live;
    private final PadJson views;

    PadApi(PadDoors doors, PadSessions sessions, LivePads live, PadJson views) {
        this.doors = doors;
        this.sessions = sessions;
        this.live = live;
        this.views = views;
    }

    @Operation(summary = "The round's live pad: its document, version, language, AI-tool policy and whether it takes edits")
    @GetMapping("/interviews/{roundId}/pad")
    @dev.boucle.platform.ReadsCandidateData(value = "round", id = "roundId", reason = "INTERVIEW")
    JsonNode pad(@PathVariable long roundId) {
        return views.state(sessions.view(doors.staff(roundId, CurrentUser.get())));
    }

    @Operation(summary = "The pad's timeline in order (edits, runs, verdicts, pastes, focus, assistant, language), 1000 a page after seq")
    @GetMapping("/interviews/{roundId}/pad/events")
    JsonNode events(@PathVariable long roundId, @RequestParam(defaultValue = "0") long after) {
        Participant who = doors.staff(roundId, CurrentUser.get());
        return views.events(live.events(who.roundId(), Math.max(0, after), true));
    }
}
