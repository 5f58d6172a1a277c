package dev.boucle.pad;

import dev.boucle.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edit round-trip on the live pad, through the real WebSocket route and the whole write path
 * (row lock, text and timeline in PostgreSQL, NOTIFY, the hub): {@code bench.pads} pads (20), a
 * candidate and an interviewer on each, both typing {@code bench.rate} characters a second (5)
 * for {@code bench.seconds} (60). A client sends what it typed as one change on the last version
 * it knows, one change in flight at a time, as CodeMirror's collaboration extension does; a
 * change made on an old version is answered with what it lacks, and sent again on top.
 * Measured: from a change's send to its arrival at the other client of the pad (and back at its
 * author, the confirmation). Baseline in the same run: on the same sockets, once a second, a message the
 * server answers at once without touching the database (the transport's and the JSON's own cost).
 * A benchmark, not a test: {@code ./mvnw -o -q verify -pl boucle-app -Dtest=PadLatencyBench
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}; figures go to docs/benchmarks.md.
 */
class PadLatencyBench extends PadTestSupport {

    static final int PADS = Integer.getInteger("bench.pads", 20);
    static final int RATE = Integer.getInteger("bench.rate", 5);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** When each change was sent, by its id, for the other side to time its arrival. */
    final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Long> crossMicros = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> ownMicros = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> readMicros = new ConcurrentLinkedQueue<>();
    volatile boolean measuring;

    /** One typist: its view of the document, what it typed and has not sent, its one change in flight. */
    final class Typist implements WebSocket.Listener {
        final String name;
        final StringBuilder partial = new StringBuilder();
        WebSocket socket;
        String text;
        int version;
        final StringBuilder typed = new StringBuilder();
        String inFlight;
        int sequence;
        int behind;
        volatile long pullSentAt;

        Typist(String name, String text, int version) {
            this.name = name;
            this.text = text;
            this.version = version;
        }

        synchronized void type(char c) {
            typed.append(c);
            sendIfIdle();
        }

        synchronized void sendIfIdle() {
            if (inFlight != null || typed.isEmpty()) return;
            String id = name + "-" + (++sequence);
            // A change sent again after the server refused it keeps the time of its first send.
            sentAt.put(id, retriedSince != 0 ? retriedSince : System.nanoTime());
            retriedSince = 0;
            inFlight = id;
            inFlightText = typed.toString();
            typed.setLength(0);
            ObjectNode push = JSON.createObjectNode().put("t", "push").put("v", version);
            push.putArray("updates").addObject().put("id", id).set("c", PadClient.insert(text.length(), text.length(), inFlightText));
            socket.sendText(push.toString(), true);
        }

        void pull() {
            pullSentAt = System.nanoTime();
            socket.sendText("{\"t\":\"ping\"}", true);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                handle(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        synchronized void handle(JsonNode m) {
            long now = System.nanoTime();
            if ("error".equals(m.path("t").asString(""))) {
                // A message of no known type is answered at once, without the database: the transport's own round-trip.
                if (measuring && pullSentAt != 0) readMicros.add((now - pullSentAt) / 1000);
                pullSentAt = 0;
                return;
            }
            if (!PadClient.updates(m)) return;
            int from = m.get("from").asInt();
            if (from > version) throw new IllegalStateException(name + ": a gap from " + version + " to " + from);
            List<JsonNode> updates = new ArrayList<>();
            m.get("updates").forEach(updates::add);
            boolean doomed = false;
            for (JsonNode u : updates.subList(Math.min(updates.size(), version - from), updates.size())) {
                String id = u.get("id").asString();
                text = new Change(u.get("c")).applyTo(text);
                version++;
                Long sent = sentAt.get(id);
                if (id.equals(inFlight)) {
                    if (measuring) ownMicros.add((now - sent) / 1000);
                    inFlight = null;
                } else {
                    if (sent != null && measuring) crossMicros.add((now - sent) / 1000);
                    // Another change took the version ours was made on: ours cannot be accepted any more.
                    if (inFlight != null) doomed = true;
                }
            }
            if (doomed && inFlight != null) {
                behind++;
                retriedSince = sentAt.get(inFlight);
                typed.insert(0, inFlightText);
                inFlight = null;
            }
            sendIfIdle();
        }

        String inFlightText = "";
        long retriedSince;
    }

    @Test
    void editRoundTrip() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Typist> typists = new ArrayList<>();
        for (int p = 0; p < PADS; p++) {
            LiveRound r = liveRound("UNAIDED");
            JsonNode state = Api.anonymous(port).get(r.candidatePath() + "/state").json();
            Api staff = Api.session(port, r.interviewer().email(), PASSWORD);
            typists.add(open(http, "p" + p + "c", r.candidatePath() + "/live", state));
            typists.add(open(staff.client(), "p" + p + "s", "/interviews/" + r.round() + "/pad/live", state));
        }
        ScheduledExecutorService keys = Executors.newScheduledThreadPool(4);
        long period = 1_000_000 / RATE;
        for (int i = 0; i < typists.size(); i++) {
            Typist t = typists.get(i);
            // Spread the keystrokes over the period so the typists do not all press at once.
            keys.scheduleAtFixedRate(() -> t.type((char) ('a' + (t.sequence % 26))), (period * i) / typists.size(), period,
                    TimeUnit.MICROSECONDS);
            keys.scheduleAtFixedRate(t::pull, 500_000 + (period * i) / typists.size(), 1_000_000, TimeUnit.MICROSECONDS);
        }
        Thread.sleep(5000); // warm-up: JIT, pool, the hub's rooms
        measuring = true;
        Thread.sleep(SECONDS * 1000L);
        measuring = false;
        keys.shutdownNow();
        Thread.sleep(1000);
        int behind = typists.stream().mapToInt(t -> t.behind).sum();
        long edits = ownMicros.size();
        String report = String.format(Locale.ROOT, """
                pad latency bench: %d pads x 2 clients typing %d chars/s for %d s, %d cores (%s)
                  edits confirmed: %d (%.0f/s), sent on an old version and retried: %d
                  to the other client:  median %.1f ms, p99 %.1f ms, max %.1f ms (%d arrivals)
                  back to the author:   median %.1f ms, p99 %.1f ms
                  baseline, a message answered without the database on the same sockets: median %.1f ms, p99 %.1f ms (%d)
                """, PADS, RATE, SECONDS, Runtime.getRuntime().availableProcessors(), cpu(), edits, edits / (double) SECONDS, behind,
                pct(crossMicros, 50), pct(crossMicros, 99), pct(crossMicros, 100), crossMicros.size(),
                pct(ownMicros, 50), pct(ownMicros, 99), pct(readMicros, 50), pct(readMicros, 99), readMicros.size());
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/pad-latency.txt"), report);
        for (Typist t : typists) t.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    Typist open(HttpClient http, String name, String path, JsonNode state) {
        Typist t = new Typist(name, state.get("text").asString(), state.get("version").asInt());
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                return t.onText(ws, data, last);
            }
        };
        t.socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + port + path), listener).join();
        return t;
    }

    static double pct(ConcurrentLinkedQueue<Long> micros, int p) {
        List<Long> sorted = new ArrayList<>(micros);
        if (sorted.isEmpty()) return Double.NaN;
        sorted.sort(null);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1000.0;
    }

    static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
