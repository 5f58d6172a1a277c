package dev.boucle.pad;

import dev.boucle.coding.SubmissionJudged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A verdict of a round's submission goes on its pad's timeline, where both sides see it arrive. */
@Component
class PadVerdicts {

    private final PadStore store;
    private final PadSessions sessions;
    private final JsonMapper json;

    PadVerdicts(PadStore store, PadSessions sessions, JsonMapper json) {
        this.store = store;
        this.sessions = sessions;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(SubmissionJudged judged) {
        long round = judged.round().value();
        // A submission sent from the kit to a round whose live pad was never used has no timeline.
        if (store.find(round).isEmpty()) return;
        sessions.recordSystem(round, PadEvent.Kind.VERDICT, json.createObjectNode()
                .put("submission", judged.submissionId()).put("verdict", judged.verdict().name())
                .put("by", judged.byCandidate() ? "CANDIDATE" : "STAFF")
                .put("samplesPassed", judged.samplesPassed()).put("samples", judged.samples())
                .put("hiddenPassed", judged.hiddenPassed()).put("hidden", judged.hidden()));
    }
}
