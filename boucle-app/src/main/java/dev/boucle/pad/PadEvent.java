package dev.boucle.pad;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** One line of a pad's timeline, in the order the server accepted it. People are named by id only. */
record PadEvent(long seq, Instant at, Kind kind, Actor actor, @Nullable Long userId, @Nullable Integer version, ObjectNode data) {

    enum Actor { CANDIDATE, STAFF, SYSTEM }

    enum Kind {
        EDIT, RUN, VERDICT, LANGUAGE,
        /** The browser's reports, under UNAIDED and CALIBRATED. */
        PASTE, FOCUS_LOST, FOCUS_BACK,
        /** Seen by the server in the candidate's own edits, whatever the browser reports. */
        LARGE_INSERTION,
        ASSIST_PROMPT, ASSIST_ANSWER;

        /** What the candidate's own page is sent live: the rest is for staff only. */
        static final Set<Kind> FOR_CANDIDATE = Set.of(RUN, VERDICT, LANGUAGE, ASSIST_PROMPT, ASSIST_ANSWER);
    }

    /** An accepted change: its version, the change in the editor's JSON form, and the editor's client id. */
    static PadEvent edit(long seq, Instant at, Actor actor, @Nullable Long userId, int version, Change change, String clientId) {
        ObjectNode data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("clientId", clientId).put("inserted", change.inserted());
        data.set("changes", change.json());
        return new PadEvent(seq, at, Kind.EDIT, actor, userId, version, data);
    }

    /** The same line for the API and the clients: seq, at, kind, actor, userId, then the kind's own fields. */
    ObjectNode toJson() {
        ObjectNode out = data.objectNode();
        out.put("seq", seq).put("at", at.toString()).put("kind", kind.name()).put("actor", actor.name());
        if (userId != null) out.put("userId", userId);
        if (version != null) out.put("version", version);
        out.setAll(data);
        return out;
    }
}
