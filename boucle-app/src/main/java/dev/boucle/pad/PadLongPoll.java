package dev.boucle.pad;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The pad over plain HTTP, for networks whose proxy drops WebSocket: {@code POST .../send} carries
 * one client message and answers with the replies; {@code GET .../poll?v=&seq=} answers at once
 * with what follows the client's version and last event, or waits up to 25 s for the next message.
 * Same messages as the socket, so the page's code handles both alike.
 */
@RestController
class PadLongPoll {

    static final long WAIT_MS = 25_000;

    private final PadEntrances entrances;
    private final PadProtocol protocol;
    private final PadHub hub;
    private final JsonMapper json;
    /** Budgets of HTTP clients, by pad and client id; forgotten wholesale when it grows past reason. */
    private final Map<String, MessageBudget> budgets = new ConcurrentHashMap<>();

    PadLongPoll(PadEntrances entrances, PadProtocol protocol, PadHub hub, JsonMapper json) {
        this.entrances = entrances;
        this.protocol = protocol;
        this.hub = hub;
        this.json = json;
    }

    @PostMapping(path = {"/pad/{token}/send", "/interviews/{id}/pad/send"}, produces = MediaType.APPLICATION_JSON_VALUE)
    String send(HttpServletRequest request, @RequestParam(defaultValue = "http") String client, @RequestBody String message) {
        Participant who = entrances.from(request.getRequestURI());
        if (budgets.size() > 10_000) budgets.clear();
        MessageBudget budget = budgets.computeIfAbsent(who.roundId() + "/" + who.userId() + "/" + client, k -> new MessageBudget());
        return messages(protocol.handle(who, client, message, budget));
    }

    @GetMapping(path = {"/pad/{token}/poll", "/interviews/{id}/pad/poll"}, produces = MediaType.APPLICATION_JSON_VALUE)
    DeferredResult<ResponseEntity<String>> poll(HttpServletRequest request, @RequestParam(defaultValue = "0") int v,
            @RequestParam(defaultValue = "0") long seq, @RequestParam(defaultValue = "http") String client) {
        Participant who = entrances.from(request.getRequestURI());
        DeferredResult<ResponseEntity<String>> result = new DeferredResult<>(WAIT_MS);
        List<String> now = waiting(who, v, seq, client);
        if (!now.isEmpty()) {
            result.setResult(ResponseEntity.ok(messages(now)));
            return result;
        }
        PadHub.Client waiter = new PadHub.Client() {
            @Override
            public Participant who() {
                return who;
            }

            @Override
            public String id() {
                return client;
            }

            @Override
            public void send(String message) {
                // The first message ends the poll; the next poll reads anything that followed from the tables.
                hub.leave(this);
                result.setResult(ResponseEntity.ok(messages(List.of(message))));
            }
        };
        result.onTimeout(() -> {
            hub.leave(waiter);
            result.setResult(ResponseEntity.ok(messages(cursors(who, client))));
        });
        result.onCompletion(() -> hub.leave(waiter));
        hub.join(waiter);
        // Something may have been accepted between the read above and joining the room.
        List<String> since = waiting(who, v, seq, client);
        if (!since.isEmpty()) result.setResult(ResponseEntity.ok(messages(since)));
        return result;
    }

    private List<String> waiting(Participant who, int version, long seq, String client) {
        List<String> out = new ArrayList<>(protocol.catchUp(who, version, seq));
        if (!out.isEmpty()) out.addAll(cursors(who, client));
        return out;
    }

    private List<String> cursors(Participant who, String client) {
        var cursors = who.candidate() ? hub.cursorsForCandidate(who.roundId(), client) : hub.cursors(who.roundId(), client);
        return cursors.stream().map(Object::toString).toList();
    }

    private String messages(List<String> messages) {
        ArrayNode out = json.createArrayNode();
        messages.forEach(m -> out.add(json.readTree(m)));
        return out.toString();
    }
}
