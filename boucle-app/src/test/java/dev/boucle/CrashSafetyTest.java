package dev.boucle;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} of a node in the middle of writes. Boucle runs as a separate JVM (this JVM's
 * java and class path, {@link BoucleApplication} as main class) on a PostgreSQL that the test
 * owns, so the database outlives the node as an external one would. Eight clients create and
 * move applications through the API while rows keep arriving in the outbox; the node is killed
 * with SIGKILL mid-writes and started again on the same database. Then every acknowledged write
 * is there, no application is half-moved, the board adds up, no lock is left behind, and no mail
 * the outbox had marked sent is sent again.
 */
class CrashSafetyTest {

    private static final Logger log = LoggerFactory.getLogger(CrashSafetyTest.class);
    private static final String TOKEN = "crash-admin-token-0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENTS = 8;
    /** The node is killed once this many applications were acknowledged: mid-writes on any machine. */
    private static final int KILL_AFTER = 60;
    private static final List<String> MOVES = List.of("advance", "hold", "resume", "advance");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedPostgres postgres;
    private GreenMail mail;
    private Process node;
    private Path dir;
    /** Any answer a client did not expect (a refusal, a 5xx) while the node was up. */
    private final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

    /** What the clients were told: per application, the moves answered 2xx, and whether one more was left unanswered. */
    private static final class Tracked {
        volatile int acknowledged;
        volatile boolean unanswered;
    }

    @AfterEach
    void stopAll() throws IOException {
        if (node != null) node.destroyForcibly();
        if (mail != null) mail.stop();
        if (postgres != null) postgres.close();
    }

    @Test
    @DisplayName("a node killed with SIGKILL mid-writes loses no acknowledged write, leaves no half-move or lock, and sends no sent mail again")
    void killNineMidWrites() throws Exception {
        dir = Files.createTempDirectory("boucle-crash-");
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("db")).setCleanDataDirectory(false).start();
        JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
        mail.start();

        int port = startNode("first");
        long job = created(call(port, "POST", "/api/v1/jobs",
                Map.of("title", "Crash job", "track", "software-engineer", "level", "L5", "office", "paris")));

        Map<Long, Tracked> applications = new ConcurrentHashMap<>();
        Set<Long> candidates = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger mailQueued = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> write(port, job, client, stop, candidates, applications));
        }
        clients.submit(() -> queueMail(db, stop, mailQueued));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (applications.size() < KILL_AFTER && System.nanoTime() < deadline) Thread.sleep(20);
        node.destroyForcibly(); // SIGKILL: no shutdown hook, no pool close, no commit of what is in flight
        assertThat(node.waitFor(10, TimeUnit.SECONDS)).isTrue();
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(applications).as("applications acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(unexpected).isEmpty();

        // What the outbox had marked sent when the node died, and what the mail server had then.
        List<String> markedSent = db.sql("select to_address from mail_outbox where sent_at is not null").query(String.class).list();
        log.info("killed after {} applications, {} acknowledged moves; {} of {} mails marked sent",
                applications.size(), applications.values().stream().mapToInt(t -> t.acknowledged).sum(), markedSent.size(), mailQueued.get());

        int again = startNode("second");

        // Every acknowledged write is there; at most the one unanswered move per application is too.
        for (long candidate : candidates) assertThat(call(again, "GET", "/api/v1/candidates/" + candidate, null).status()).isEqualTo(200);
        for (var entry : applications.entrySet()) {
            Tracked t = entry.getValue();
            int moves = db.sql("select count(*) from application_events where application_id = ? and type in ('ADVANCED', 'PUT_ON_HOLD', 'RESUMED')")
                    .param(entry.getKey()).query(Integer.class).single();
            assertThat(moves).as("moves of application %d", entry.getKey())
                    .isBetween(t.acknowledged, t.acknowledged + (t.unanswered ? 1 : 0));
        }
        // No half-move: each application is where its latest event says it went.
        assertThat(db.sql("""
                select a.id from applications a
                 join lateral (select to_stage, to_status from application_events e
                                where e.application_id = a.id and e.to_stage is not null order by e.id desc limit 1) last on true
                 where a.job_id = ? and (a.stage <> last.to_stage or a.status <> last.to_status)""")
                .param(job).query(Long.class).list()).isEmpty();
        // The board's counts add up to a direct count.
        assertThat(boardCounts(db, job)).isEqualTo(directCounts(db, job));
        // No stuck lock: a new move on every application goes through, and the count fold (advisory lock) catches up.
        for (long application : applications.keySet()) {
            String status = db.sql("select status from applications where id = ?").param(application).query(String.class).single();
            Reply moved = call(again, "POST", "/api/v1/applications/" + application + "/transitions",
                    Map.of("action", status.equals("ON_HOLD") ? "resume" : "hold"));
            assertThat(moved.status()).as("move after restart of %d: %s", application, moved.body()).isBetween(200, 299);
        }
        awaitZero(() -> db.sql("select count(*) from job_stage_count_changes where job_id = ?").param(job).query(Integer.class).single());
        assertThat(boardCounts(db, job)).isEqualTo(directCounts(db, job));
        // No mail marked sent goes out again: the restarted node drains the rest and leaves those alone.
        awaitZero(() -> db.sql("select count(*) from mail_outbox where sent_at is null").query(Integer.class).single());
        Thread.sleep(1000); // a second copy would come within a few polls (100 ms)
        Map<String, Integer> received = new HashMap<>();
        for (var m : mail.getReceivedMessages()) received.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
        for (String to : markedSent) assertThat(received.get(to)).as("copies of %s", to).isEqualTo(1);
        assertThat(received.keySet()).hasSize(mailQueued.get()); // and every queued mail went out
    }

    /** One client: creates a candidate and an application, moves it through MOVES, and again, until stopped. */
    private void write(int port, long job, int client, AtomicBoolean stop, Set<Long> candidates, Map<Long, Tracked> applications) {
        for (int n = 0; !stop.get(); n++) {
            try {
                Reply candidate = call(port, "POST", "/api/v1/candidates",
                        Map.of("name", "Crash " + client + "-" + n, "email", "crash-" + client + "-" + n + "@example.com"));
                if (candidate.status() != 201) {
                    unexpected.add("candidate: " + candidate.status() + " " + candidate.body());
                    continue;
                }
                candidates.add(created(candidate));
                Reply application = call(port, "POST", "/api/v1/applications", Map.of("candidateId", created(candidate), "jobId", job));
                if (application.status() != 201) {
                    unexpected.add("application: " + application.status() + " " + application.body());
                    continue;
                }
                Tracked tracked = new Tracked();
                applications.put(created(application), tracked);
                for (String move : MOVES) {
                    tracked.unanswered = true;
                    Reply moved = call(port, "POST", "/api/v1/applications/" + created(application) + "/transitions", Map.of("action", move));
                    if (moved.status() / 100 != 2) {
                        unexpected.add(move + ": " + moved.status() + " " + moved.body());
                        return;
                    }
                    tracked.acknowledged++;
                    tracked.unanswered = false;
                }
            } catch (IOException e) {
                return; // the node is gone: what was unanswered stays unanswered
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Keeps mail arriving in the outbox (as a committed transaction of any node would leave it). */
    private static void queueMail(JdbcClient db, AtomicBoolean stop, AtomicInteger queued) {
        while (!stop.get()) {
            for (int i = 0; i < 10; i++) {
                db.sql("insert into mail_outbox (to_address, subject, body) values (?, 'Crash', 'Once.')")
                        .param("mail-" + queued.getAndIncrement() + "@example.com").update();
            }
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private record Reply(int status, String body) {}

    private Reply call(int port, String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private static long created(Reply reply) {
        if (reply.status() != 201) throw new IllegalStateException(reply.status() + " " + reply.body());
        JsonNode json = JSON.readTree(reply.body());
        return json.get("id").asLong();
    }

    /** Starts Boucle in its own JVM on the test's database; returns its port once the API answers. */
    private int startNode(String name) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), BoucleApplication.class.getName(),
                "--boucle.mail.poll-ms=100", "--boucle.hiring.count-fold-ms=200", "--boucle.judge.workers=0")
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("BOUCLE_PORT", String.valueOf(port));
        env.put("BOUCLE_DATA_DIR", dir.resolve(name).toString());
        env.put("BOUCLE_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("BOUCLE_DB_USER", "postgres");
        env.put("BOUCLE_ADMIN_TOKEN", TOKEN);
        env.put("BOUCLE_DEMO", "false");
        env.put("BOUCLE_SMTP_HOST", "127.0.0.1");
        env.put("BOUCLE_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()));
        node = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) throw new IllegalStateException("node " + name + " stopped; see " + dir.resolve(name + ".log"));
            try {
                if (call(port, "GET", "/api/v1/jobs", null).status() == 200) return port;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("node " + name + " not ready; see " + dir.resolve(name + ".log"));
    }

    private static Map<String, Long> boardCounts(JdbcClient db, long job) {
        Map<String, Long> counts = new HashMap<>();
        db.sql("select stage || '/' || status, n from job_board_counts where job_id = ? and n <> 0").param(job)
                .query(rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
        return counts;
    }

    private static Map<String, Long> directCounts(JdbcClient db, long job) {
        Map<String, Long> counts = new HashMap<>();
        db.sql("select stage || '/' || status, count(*) from applications where job_id = ? group by 1").param(job)
                .query(rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
        return counts;
    }

    private static void awaitZero(java.util.function.IntSupplier count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count.getAsInt() > 0 && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(count.getAsInt()).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
