package dev.boucle.pad;

import dev.boucle.pad.PadEvent.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * This node's clients, per pad. Messages arrive from the {@link PadChannel} (so a change accepted
 * by any node is sent the same way) on one thread, in commit order. Each room remembers the last
 * version it passed on: a message that does not follow it (a notification lost with the
 * connection, a message too large for a notification) is filled in from the table.
 */
@Component
class PadHub {

    /** A client of this node: a WebSocket, or a long poll waiting for something new. */
    interface Client {
        Participant who();

        /** A connection's own id, so that its cursor is not echoed back to it. */
        String id();

        void send(String message);
    }

    static final class Room {
        final Set<Client> clients = new CopyOnWriteArraySet<>();
        final Map<String, ObjectNode> cursors = new ConcurrentHashMap<>();
        volatile int version = -1;
    }

    private final Map<Long, Room> rooms = new ConcurrentHashMap<>();
    private final PadStore store;
    private final JsonMapper json;

    PadHub(PadStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    void join(Client client) {
        Room room = rooms.computeIfAbsent(client.who().roundId(), r -> new Room());
        room.clients.add(client);
        if (room.version < 0) store.find(client.who().roundId()).ifPresent(d -> room.version = d.version());
    }

    void leave(Client client) {
        Room room = rooms.get(client.who().roundId());
        if (room == null) return;
        room.clients.remove(client);
        rooms.computeIfPresent(client.who().roundId(), (r, x) -> x.clients.isEmpty() ? null : x);
    }

    /** The other clients' cursors on a pad, for a long poll's answer. */
    List<ObjectNode> cursors(long roundId, String exceptId) {
        Room room = rooms.get(roundId);
        if (room == null) return List.of();
        return room.cursors.entrySet().stream().filter(e -> !e.getKey().equals(exceptId)).map(Map.Entry::getValue).toList();
    }

    /** The same, as the candidate may see them: roles, not names. */
    List<ObjectNode> cursorsForCandidate(long roundId, String exceptId) {
        return cursors(roundId, exceptId).stream().map(PadHub::withoutName).toList();
    }

    void deliver(ObjectNode message) {
        long roundId = message.get("r").asLong();
        Room room = rooms.get(roundId);
        if (room == null) return;
        switch (message.get("k").asString()) {
            case "u" -> updates(roundId, room, message);
            case "e" -> event(roundId, room, message);
            case "c" -> cursor(room, message);
            default -> { }
        }
    }

    /** After the channel was down: every room reads what it missed. */
    void catchUp() {
        rooms.forEach((roundId, room) -> {
            ObjectNode nudge = json.createObjectNode().put("k", "u").put("r", roundId).put("from", Integer.MAX_VALUE);
            updates(roundId, room, nudge);
            room.clients.forEach(c -> c.send(json.createObjectNode().put("t", "resync").toString()));
        });
    }

    private void updates(long roundId, Room room, ObjectNode message) {
        int from = message.get("from").asInt();
        ArrayNode updates = (ArrayNode) message.get("updates");
        if (updates == null || from != room.version) {
            // Out of step with this room (or too large to travel in the notification): the table has it.
            int after = room.version < 0 ? Math.max(0, from) : room.version;
            from = after;
            updates = json.createArrayNode();
            for (PadEvent e : store.editsAfter(roundId, after, PadStore.PAGE)) updates.add(LivePads.update(e));
        }
        if (updates.isEmpty()) return;
        room.version = from + updates.size();
        String out = json.createObjectNode().put("t", "updates").put("from", from).set("updates", updates).toString();
        room.clients.forEach(c -> c.send(out));
    }

    private void event(long roundId, Room room, ObjectNode message) {
        ObjectNode event = (ObjectNode) message.get("e");
        if (event == null) {
            var stored = store.eventsAfter(roundId, message.get("seq").asLong() - 1, false, 1);
            if (stored.isEmpty()) return;
            event = stored.getFirst().toJson();
        }
        Kind kind = Kind.valueOf(event.get("kind").asString());
        String out = json.createObjectNode().put("t", "event").set("event", event).toString();
        String candidateOut = Kind.FOR_CANDIDATE.contains(kind) ? out : null;
        for (Client c : room.clients) {
            if (!c.who().candidate()) c.send(out);
            else if (candidateOut != null) c.send(candidateOut);
        }
    }

    private void cursor(Room room, ObjectNode message) {
        String who = message.get("who").asString();
        ObjectNode cursor = message.deepCopy();
        cursor.remove(List.of("k", "r"));
        cursor.put("t", "cursor");
        if (cursor.path("gone").asBoolean(false)) room.cursors.remove(who);
        else room.cursors.put(who, cursor);
        String out = cursor.toString();
        // Staff see each other's names; the candidate sees a role, as in the room itself.
        String forCandidate = withoutName(cursor).toString();
        for (Client c : room.clients) if (!c.id().equals(who)) c.send(c.who().candidate() ? forCandidate : out);
    }

    private static ObjectNode withoutName(ObjectNode cursor) {
        ObjectNode copy = cursor.deepCopy();
        copy.remove("name");
        return copy;
    }
}
