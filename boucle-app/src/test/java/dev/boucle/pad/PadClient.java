package dev.boucle.pad;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A pad client over a real WebSocket, speaking the pad's protocol as the page's script does. */
public final class PadClient implements WebSocket.Listener, AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile int closedWith = -1;

    /** Opens {@code ws://localhost:port<path>} with this client (its cookies, if any, sign it in). */
    public static PadClient connect(HttpClient http, int port, String path) {
        PadClient client = new PadClient();
        client.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://localhost:" + port + path), client).join();
        return client;
    }

    public void send(JsonNode message) {
        socket.sendText(message.toString(), true).join();
    }

    public void send(String message) {
        socket.sendText(message, true).join();
    }

    /** Pushes one change made on this version, as the editor's collaboration extension sends it. */
    public void push(int version, String clientId, ArrayNode change) {
        ObjectNode push = JSON.createObjectNode().put("t", "push").put("v", version);
        push.putArray("updates").addObject().put("id", clientId).set("c", change);
        send(push);
    }

    /** The next message that matches, waiting up to the timeout; null if none came. */
    public JsonNode await(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (;;) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return null;
            JsonNode m = inbox.poll(left, TimeUnit.NANOSECONDS);
            if (m == null) return null;
            if (wanted.test(m)) return m;
        }
    }

    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    public int closedWith() {
        return closedWith;
    }

    /** A change inserting {@code text} at {@code at} in a document of {@code length} characters. */
    public static ArrayNode insert(int length, int at, String text) {
        ArrayNode change = JSON.createArrayNode();
        if (at > 0) change.add(at);
        ArrayNode part = change.addArray().add(0);
        for (String line : text.split("\n", -1)) part.add(line);
        if (length - at > 0) change.add(length - at);
        return change;
    }

    public static boolean updates(JsonNode m) {
        return "updates".equals(m.path("t").asString(""));
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode m = JSON.readTree(partial.toString());
            partial.setLength(0);
            received.add(m);
            inbox.add(m);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        closedWith = statusCode;
        return null;
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
}
