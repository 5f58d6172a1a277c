package dev.boucle.pad;

import dev.boucle.platform.Conflict;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The messages a client sends, whatever carries them (WebSocket or HTTP): {@code pull} (what
 * follows my version), {@code push} (my changes, made on my version) and {@code cursor}. The
 * answers go back to the sender only; what is accepted reaches everyone through the hub.
 */
@Component
class PadProtocol {

    /** A message larger than this is refused before it is parsed. */
    static final int MAX_MESSAGE = 64 * 1024;

    private final LivePads live;
    private final JsonMapper json;

    PadProtocol(LivePads live, JsonMapper json) {
        this.live = live;
        this.json = json;
    }

    List<String> handle(Participant who, String connection, String text, MessageBudget budget) {
        if (text.length() > MAX_MESSAGE) return List.of(error("message over " + MAX_MESSAGE + " characters"));
        if (!budget.take()) return List.of(error("too many messages; slow down"));
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JacksonException e) {
            return List.of(error("not JSON"));
        }
        try {
            return switch (message.path("t").asString("")) {
                case "pull" -> catchUp(who, message.path("v").asInt(0), message.path("seq").asLong(Long.MAX_VALUE));
                case "push" -> push(who, message);
                case "cursor" -> cursor(who, connection, message);
                default -> List.of(error("t is one of pull, push, cursor"));
            };
        } catch (Change.Malformed e) {
            return List.of(error(e.getMessage()));
        } catch (Conflict e) {
            return List.of(json.createObjectNode().put("t", "closed").toString());
        }
    }

    String updates(int from, List<PadEvent> edits) {
        ArrayNode updates = json.createArrayNode();
        edits.forEach(e -> updates.add(LivePads.update(e)));
        return json.createObjectNode().put("t", "updates").put("from", from).set("updates", updates).toString();
    }

    /** What a client at this version, having seen events up to seq, lacks: the edits, then the events it may see. */
    List<String> catchUp(Participant who, int version, long seq) {
        List<String> out = new ArrayList<>();
        List<PadEvent> edits = live.editsAfter(who.roundId(), version);
        if (!edits.isEmpty()) out.add(updates(version, edits));
        if (seq == Long.MAX_VALUE) return out;
        for (PadEvent e : live.events(who.roundId(), seq, false)) {
            if (who.candidate() && !PadEvent.Kind.FOR_CANDIDATE.contains(e.kind())) continue;
            out.add(json.createObjectNode().put("t", "event").set("event", e.toJson()).toString());
        }
        return out;
    }

    private List<String> push(Participant who, JsonNode message) {
        int version = message.path("v").asInt(-1);
        if (version < 0 || !message.path("updates").isArray()) throw new Change.Malformed("push needs v and updates");
        List<LivePads.Update> updates = new ArrayList<>();
        for (JsonNode u : message.get("updates")) {
            String id = u.path("id").asString("");
            if (id.isEmpty() || id.length() > 64) throw new Change.Malformed("each update has a client id");
            updates.add(new LivePads.Update(new Change(u.path("c")), id));
        }
        return switch (live.push(who, version, updates)) {
            case LivePads.Outcome.Accepted a -> List.of();
            case LivePads.Outcome.Behind b -> List.of(updates(version, b.missing()));
        };
    }

    private List<String> cursor(Participant who, String connection, JsonNode message) {
        ObjectNode cursor = json.createObjectNode().put("anchor", message.path("anchor").asInt(0))
                .put("head", message.path("head").asInt(0)).put("v", message.path("v").asInt(0));
        live.cursor(who, connection, cursor);
        return List.of();
    }

    private String error(String detail) {
        return json.createObjectNode().put("t", "error").put("detail", detail).toString();
    }
}
