package dev.boucle.pad;

import dev.boucle.pad.PadEvent.Kind;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The browser's reports of what the server cannot see: pastes, the page losing focus and coming
 * back. Recorded for the candidate under UNAIDED and CALIBRATED; under ASSISTED the policy has
 * nothing to say about them, so they are accepted and dropped. Validated field by field: a report
 * is a signal for people to weigh, so a malformed one must not land on the timeline.
 */
@Service
class PadSignals {

    /** Reports per round: a page that loses focus every few seconds for an hour stays far below. */
    static final int MAX_PER_ROUND = 2000;
    static final int MAX_SIZE = 10_000_000;
    static final long MAX_AWAY_MS = 24L * 3600 * 1000;

    private final LivePads live;
    private final PadStore store;
    private final PadDoors doors;
    private final JsonMapper json;

    PadSignals(LivePads live, PadStore store, PadDoors doors, JsonMapper json) {
        this.live = live;
        this.store = store;
        this.doors = doors;
        this.json = json;
    }

    /** Records the report; false when the round's policy does not ask for it. */
    boolean report(Participant who, JsonNode body) {
        Map<String, String> errors = new LinkedHashMap<>();
        Kind kind = kind(body.path("kind"), errors);
        ObjectNode data = json.createObjectNode();
        if (kind == Kind.PASTE) {
            int size = number(body, "size", 0, MAX_SIZE, true, errors);
            data.put("size", size).put("lines", number(body, "lines", 0, MAX_SIZE, false, errors));
            JsonNode preview = body.path("preview");
            if (!preview.isMissingNode() && !preview.isString()) errors.put("preview", "pad.signal.preview");
            else if (preview.isString()) data.put("preview", cut(preview.stringValue()));
        } else if (kind == Kind.FOCUS_BACK) {
            data.put("awayMs", (long) number(body, "awayMs", 0, MAX_AWAY_MS, true, errors));
        }
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        if (!who.candidate() || !who.watched()) return false;
        if (!doors.open(who.roundId())) throw new Conflict("pad.closed");
        if (store.count(who.roundId(), java.util.List.of(Kind.PASTE, Kind.FOCUS_LOST, Kind.FOCUS_BACK)) >= MAX_PER_ROUND) throw new Conflict("pad.signal.limit", MAX_PER_ROUND);
        live.record(who.roundId(), kind, who.actor(), who.userId(), data);
        return true;
    }

    private static Kind kind(JsonNode value, Map<String, String> errors) {
        String name = value.asString("");
        for (Kind k : new Kind[] {Kind.PASTE, Kind.FOCUS_LOST, Kind.FOCUS_BACK}) if (k.name().equals(name)) return k;
        errors.put("kind", "pad.signal.kind");
        return null;
    }

    private static int number(JsonNode body, String field, long min, long max, boolean required, Map<String, String> errors) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() && !required) return 0;
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            errors.put(field, "pad.signal." + field);
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, v.asLong());
    }

    private static String cut(String text) {
        return text.length() <= LivePads.PREVIEW ? text : text.substring(0, LivePads.PREVIEW);
    }
}
