package dev.boucle.pad;

import dev.boucle.coding.CodingRounds;
import dev.boucle.pad.PadEvent.Actor;
import dev.boucle.pad.PadEvent.Kind;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a participant does on a pad besides editing: read it as it stands, run it on the judge,
 * switch its language. Runs use the document as the server holds it, so what is judged is what
 * the timeline shows.
 */
@Service
class PadSessions {

    /** The language a new document starts in, if the judge has it. */
    static final String FIRST_LANGUAGE = "python";

    private final LivePads live;
    private final CodingRounds coding;
    private final PadDoors doors;
    private final JsonMapper json;

    PadSessions(LivePads live, CodingRounds coding, PadDoors doors, JsonMapper json) {
        this.live = live;
        this.coding = coding;
        this.doors = doors;
        this.json = json;
    }

    PadView view(Participant who) {
        Map<String, String> starters = coding.starters(who.problem());
        String first = starters.containsKey(FIRST_LANGUAGE) ? FIRST_LANGUAGE : coding.languages().getFirst().id();
        PadDocument doc = live.document(who, first, starters.getOrDefault(first, ""));
        return new PadView(who, doc, doors.open(who.roundId()));
    }

    /** Judges the document as the server holds it; the run and then its verdict go on the timeline. */
    @Transactional
    long run(Participant who, CurrentUser staff) {
        if (!doors.open(who.roundId())) throw new Conflict("pad.closed");
        PadDocument doc = view(who).document();
        long submission = who.candidate()
                ? coding.submitToPad(who.token(), doc.language(), doc.text())
                : coding.submit(who.problem().id(), doc.language(), doc.text(), who.roundId(), staff);
        ObjectNode data = json.createObjectNode().put("submission", submission).put("language", doc.language())
                .put("docVersion", doc.version());
        live.record(who.roundId(), Kind.RUN, who.actor(), who.userId(), data);
        return submission;
    }

    void switchLanguage(Participant who, String language) {
        if (language == null || coding.languages().stream().noneMatch(l -> l.id().equals(language))) {
            throw new BadInput(Map.of("language", "coding.language.unknown"), "problem.invalid-fields", "language");
        }
        view(who);
        live.switchLanguage(who, language, coding.starters(who.problem()));
    }

    /** The system's own line on the timeline (a verdict arrived). */
    void recordSystem(long roundId, Kind kind, ObjectNode data) {
        live.record(roundId, kind, Actor.SYSTEM, null, data);
    }
}
