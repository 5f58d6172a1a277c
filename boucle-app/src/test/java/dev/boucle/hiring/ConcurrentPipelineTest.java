package dev.boucle.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Sixteen clients at once on one job, through the real HTTP API and database: creating
 * candidates (one by one and by CSV), applying them, completing rounds, advancing, holding,
 * resuming and rejecting, each other's applications as well as their own, while the count
 * changes are folded now and then. No request may answer 5xx, and the board must then say
 * exactly what a direct count of the rows says.
 */
class ConcurrentPipelineTest extends BoucleIntegrationTest {

    static final int CLIENTS = 16;
    static final int ROUNDS_PER_CLIENT = 12;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("16 clients creating and moving applications of one job get no 5xx, and the board adds up")
    void sixteenClientsOnOneJob() throws Exception {
        long job = createJob("software-engineer", null);
        List<Long> shared = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                Api api = admin();
                Random random = new Random(client);
                start.await();
                for (int i = 0; i < ROUNDS_PER_CLIENT; i++) {
                    Api.Response r;
                    if (i % 4 == 3) {
                        // A small import: candidates only, but on the same tables as the others' writes.
                        r = api.send("POST", "/api/v1/candidates/import", "text/csv",
                                "name,email\nImported " + client + "-" + i + "," + unique("csv") + "@example.com\n");
                        record(statuses, failures, "import", r);
                        continue;
                    }
                    r = api.post("/api/v1/candidates", Map.of("name", "Client " + client + "-" + i,
                            "email", unique("c") + "@example.com"));
                    record(statuses, failures, "candidate", r);
                    if (r.status() != 201) continue;
                    r = api.post("/api/v1/applications", Map.of("candidateId", r.json().get("id").asLong(), "jobId", job));
                    record(statuses, failures, "apply", r);
                    if (r.status() != 201) continue;
                    shared.add(r.json().get("id").asLong());
                    // Moves on random applications, often someone else's: rows locked in every order.
                    for (int m = 0; m < 3; m++) {
                        long app = shared.get(random.nextInt(shared.size()));
                        String action = switch (random.nextInt(6)) {
                            case 0, 1, 2 -> "advance";
                            case 3 -> "hold";
                            case 4 -> "resume";
                            default -> "reject";
                        };
                        if (action.equals("advance")) completeRounds(api, app, statuses, failures);
                        var body = new HashMap<String, Object>(Map.of("action", action));
                        if (action.equals("reject")) body.put("reason", "not this time");
                        record(statuses, failures, action, api.post("/api/v1/applications/" + app + "/transitions", body));
                    }
                }
                return null;
            }));
        }
        // Folds run while the clients write, as the scheduled job does on every node.
        Future<?> folding = pool.submit(() -> {
            start.await();
            while (clients.stream().anyMatch(f -> !f.isDone())) {
                jdbc.sql("select job_stage_counts_fold(50)").query(Long.class).single();
                Thread.sleep(50);
            }
            return null;
        });
        start.countDown();
        for (Future<?> f : clients) f.get();
        folding.get();
        pool.shutdown();

        assertThat(failures).as("requests answered 5xx").isEmpty();
        assertThat(statuses.keySet()).allMatch(s -> s < 500);
        assertThat(shared).hasSizeGreaterThan(CLIENTS * ROUNDS_PER_CLIENT / 2);
        assertBoardMatchesRows(job);
        jdbc.sql("select job_stage_counts_fold(1000000)").query(Long.class).single();
        assertBoardMatchesRows(job);
    }

    private static void completeRounds(Api api, long app, Map<Integer, Integer> statuses, List<String> failures) {
        Api.Response read = api.get("/api/v1/applications/" + app);
        record(statuses, failures, "read", read);
        if (read.status() != 200) return;
        JsonNode a = read.json();
        for (JsonNode round : a.get("rounds")) {
            if (round.get("status").asString().equals("OPEN") && round.get("stage").asString().equals(a.get("stage").asString())) {
                record(statuses, failures, "complete", api.post("/api/v1/applications/" + app + "/rounds/"
                        + round.get("id").asLong() + "/complete", Map.of()));
            }
        }
    }

    private static void record(Map<Integer, Integer> statuses, List<String> failures, String what, Api.Response r) {
        statuses.merge(r.status(), 1, Integer::sum);
        if (r.status() >= 500) failures.add(what + ": " + r.status() + " " + r.body());
    }

    /** The board through the API, and the counts view, against count(*) of the rows. */
    private void assertBoardMatchesRows(long job) {
        Map<String, Long> counted = new HashMap<>();
        Map<String, Long> open = new HashMap<>();
        Map<String, Long> closed = new HashMap<>();
        jdbc.sql("select stage, status, count(*) from applications where job_id = ? group by stage, status").param(job)
                .query(rs -> {
                    String stage = rs.getString(1), status = rs.getString(2);
                    long n = rs.getLong(3);
                    counted.put(stage + "/" + status, n);
                    if (status.equals("REJECTED") || status.equals("WITHDRAWN")) closed.merge(status, n, Long::sum);
                    else open.merge(stage, n, Long::sum);
                });
        Map<String, Long> view = new HashMap<>();
        jdbc.sql("select stage || '/' || status, n from job_board_counts where job_id = ? and n > 0").param(job)
                .query(rs -> { view.put(rs.getString(1), rs.getLong(2)); });
        assertThat(view).isEqualTo(counted);

        JsonNode board = admin().get("/api/v1/jobs/" + job + "/pipeline").json();
        Map<String, Long> boardOpen = new HashMap<>();
        board.get("stages").forEach(s -> {
            if (s.get("count").asLong() > 0) boardOpen.put(s.get("stage").asString(), s.get("count").asLong());
        });
        Map<String, Long> boardClosed = new HashMap<>();
        board.get("closed").properties().forEach(e -> boardClosed.put(e.getKey(), e.getValue().asLong()));
        assertThat(boardOpen).isEqualTo(open);
        assertThat(boardClosed).isEqualTo(closed);
    }
}
