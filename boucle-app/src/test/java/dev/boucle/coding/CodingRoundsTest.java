package dev.boucle.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Coding rounds end to end on the real judge (bubblewrap) and the real queue (PostgreSQL): staff
 * submissions through the API, the candidate's pad through its link, what each may see, bad input,
 * and the queue's promises (one worker per job, a dead worker's job retried, a job that keeps
 * killing workers given up as the judge's fault).
 */
class CodingRoundsTest extends BoucleIntegrationTest {

    static final String CALM_OK = """
            from collections import deque
            class Solution:
                def longestCalmStretch(self, temps, k):
                    lo, hi, best, left = deque(), deque(), 0, 0
                    for i, t in enumerate(temps):
                        while lo and temps[lo[-1]] >= t: lo.pop()
                        while hi and temps[hi[-1]] <= t: hi.pop()
                        lo.append(i); hi.append(i)
                        while temps[hi[0]] - temps[lo[0]] > k:
                            left += 1
                            if lo[0] < left: lo.popleft()
                            if hi[0] < left: hi.popleft()
                        best = max(best, i - left + 1)
                    return best
            """;
    static final String CALM_WRONG = """
            class Solution:
                def longestCalmStretch(self, temps, k):
                    return len(temps)
            """;

    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionQueue queue;

    @Test
    @DisplayName("a staff submission is queued (202), judged in the sandbox, and shows every test")
    void staffSubmission() {
        Person interviewer = person("INTERVIEWER");
        Api.Response accepted = interviewer.api().post("/api/v1/submissions",
                Map.of("problemId", "calm-stretch", "language", "python", "source", CALM_OK));
        assertThat(accepted.status()).isEqualTo(202);
        long id = accepted.json().get("id").asLong();
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/submissions/" + id);

        JsonNode done = awaitDone(interviewer.api(), id);
        assertThat(done.get("result").get("verdict").asString()).isEqualTo("AC");
        assertThat(done.get("result").get("tests")).hasSize(10);
        for (JsonNode test : done.get("result").get("tests")) {
            assertThat(test.get("verdict").asString()).isEqualTo("AC");
            assertThat(test.get("memoryKb").asLong()).isPositive();
        }

        long wrong = interviewer.api().post("/api/v1/submissions",
                Map.of("problemId", "calm-stretch", "language", "python", "source", CALM_WRONG)).json().get("id").asLong();
        JsonNode rejected = awaitDone(interviewer.api(), wrong);
        assertThat(rejected.get("result").get("verdict").asString()).isEqualTo("WA");
    }

    @Test
    @DisplayName("bad submissions are refused with the fields named, and nothing is queued")
    void badInput() {
        Person interviewer = person("INTERVIEWER");
        int before = count();
        Api.Response r = interviewer.api().post("/api/v1/submissions", Map.of("problemId", "no-such", "language", "cobol", "source", " "));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").propertyNames()).contains("problemId", "language", "source");
        Api.Response big = interviewer.api().post("/api/v1/submissions",
                Map.of("problemId", "calm-stretch", "language", "python", "source", "#".repeat(300 * 1024)));
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.json().get("errors").get("source").asString()).contains("256");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("one person on staff has at most five runs waiting; the sixth is refused and not queued")
    void inFlightCap() {
        Person busy = person("HIRING_MANAGER");
        for (int i = 0; i < CodingRounds.MAX_IN_FLIGHT_PER_USER; i++) {
            // Held by a live worker elsewhere (lease in the future), so this host's workers leave them be.
            jdbc.sql("""
                    insert into submissions (problem_id, language, source, submitted_by, status, worker, attempts, lease_until)
                    values ('calm-stretch', 'python', 'x', ?, 'RUNNING', 'other-host/0', 1, now() + interval '1 hour')""")
                    .param(busy.id()).update();
        }
        int before = count();
        Api.Response r = busy.api().post("/api/v1/submissions", Map.of("problemId", "calm-stretch", "language", "python", "source", CALM_OK));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).contains("5");
        assertThat(count()).isEqualTo(before);
        jdbc.sql("update submissions set status = 'DONE' where submitted_by = ?").param(busy.id()).update();
    }

    @Test
    @DisplayName("staff see their own submissions and those of rounds they may see, nobody else's")
    void whoSeesWhat() {
        Person author = person("INTERVIEWER"), other = person("INTERVIEWER");
        long id = author.api().post("/api/v1/submissions", Map.of("problemId", "calm-stretch", "language", "python",
                "source", CALM_WRONG)).json().get("id").asLong();
        assertThat(other.api().get("/api/v1/submissions/" + id).status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/submissions/" + id).status()).isEqualTo(200);
        assertThat(person("COMMITTEE").api().get("/api/v1/submissions/" + id).status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/submissions/99999999").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("the candidate codes on the pad: samples in full, hidden tests only counted; staff see all on the kit")
    void candidatePad() {
        Person interviewer = person("INTERVIEWER");
        long round = codingRound(interviewer);
        assertThat(interviewer.api().send("PUT", "/api/v1/interviews/" + round + "/pad", "application/json",
                "{\"problemId\": \"nope\"}").status()).isEqualTo(400);
        Api.Response opened = interviewer.api().send("PUT", "/api/v1/interviews/" + round + "/pad", "application/json",
                "{\"problemId\": \"calm-stretch\"}");
        assertThat(opened.status()).isEqualTo(200);
        String link = opened.json().get("url").asString();
        assertThat(link).matches("/pad/[A-Za-z0-9_-]{43}");

        Api candidate = Api.visitor(port);
        Api.Response page = candidate.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("longestCalmStretch", "temps = [3,5,4,9,8,8,10]");
        assertThat(candidate.get("/pad/" + "x".repeat(43)).status()).isEqualTo(404);

        // The candidate's code is the live pad's document: replace the starter, then run it.
        JsonNode state = candidate.get(link + "/state").json();
        var push = JSON.createObjectNode().put("t", "push").put("v", state.get("version").asInt());
        push.putArray("updates").addObject().put("id", "candidate").set("c", JSON.createArrayNode()
                .add(JSON.createArrayNode().add(state.get("text").asString().length()).add(CALM_WRONG)));
        assertThat(candidate.send("POST", link + "/send", "application/json", push.toString()).status()).isEqualTo(200);
        Api.Response sent = candidate.post(link + "/runs", Map.of());
        assertThat(sent.status()).isEqualTo(202);
        long id = sent.json().get("submission").asLong();
        String result = awaitCandidateResult(candidate, link, id);
        assertThat(result).contains("data-testid=\"pad-verdict\">WA<", "hidden-summary");
        assertThat(result).containsPattern("\\d+ of 9 hidden tests passed");

        JsonNode staff = awaitDone(interviewer.api(), id);
        assertThat(staff.get("result").get("tests")).hasSize(10);
        assertThat(staff.get("submittedBy").isNull()).isTrue();
        assertThat(interviewer.api().get("/api/v1/interviews/" + round + "/submissions").json()).hasSize(1);
        Api kit = Api.session(port, interviewer.email(), PASSWORD);
        assertThat(kit.get("/interviews/" + round + "/coding").body()).contains("data-testid=\"submission\"", "candidate");

        // Another interviewer, not on this round, sees neither the pad nor its submissions.
        Person stranger = person("INTERVIEWER");
        assertThat(stranger.api().get("/api/v1/submissions/" + id).status()).isEqualTo(403);
        assertThat(stranger.api().get("/api/v1/interviews/" + round + "/submissions").status()).isEqualTo(403);

        assertThat(interviewer.api().send("DELETE", "/api/v1/interviews/" + round + "/pad", "application/json", "").status()).isEqualTo(204);
        int before = count();
        Api.Response closed = candidate.post(link + "/runs", Map.of());
        assertThat(closed.status()).isEqualTo(409);
        assertThat(candidate.get(link).body()).contains("This pad is closed");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("concurrent claims never hand the same job to two workers")
    void claimsAreExclusive() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) ids.add(queue.enqueue("no-such-problem", "python", "print(1)", null, null));
        Set<Long> claimed = ConcurrentHashMap.newKeySet();
        List<Long> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int w = 0; w < 8; w++) {
            String worker = "test-worker-" + w;
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < 20; i++) {
                    queue.claim(worker, Duration.ofMinutes(5)).ifPresent(c -> {
                        if (!claimed.add(c.id())) duplicates.add(c.id());
                    });
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(duplicates).isEmpty();
        // Whatever this host's own workers did not take, the test's workers did: each job exactly once.
        for (long id : ids) {
            String worker = jdbc.sql("select worker from submissions where id = ?").param(id).query(String.class).single();
            assertThat(worker).isNotNull();
            if (worker.startsWith("test-worker-")) assertThat(claimed).contains(id);
        }
    }

    @Test
    @DisplayName("a job held by a worker that died is judged again when its lease runs out")
    void deadWorker() {
        long id = queue.enqueue("calm-stretch", "python", CALM_OK, null, null);
        // A worker elsewhere claimed it and vanished: its lease ran out ten seconds ago.
        jdbc.sql("update submissions set status = 'RUNNING', worker = 'dead-host/0', attempts = 1, lease_until = now() - interval '10 seconds' where id = ?")
                .param(id).update();
        JsonNode done = awaitDone(admin(), id);
        assertThat(done.get("result").get("verdict").asString()).isEqualTo("AC");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select worker from submissions where id = ?").param(id).query(String.class).single()).doesNotStartWith("dead-host");
    }

    @Test
    @DisplayName("a job that took down its worker three times is given up as the judge's fault, not run again")
    void poisonJob() {
        long id = queue.enqueue("calm-stretch", "python", CALM_OK, null, null);
        jdbc.sql("update submissions set status = 'RUNNING', worker = 'dead-host/1', attempts = 3, lease_until = now() - interval '1 second' where id = ?")
                .param(id).update();
        JsonNode done = awaitDone(admin(), id);
        assertThat(done.get("result").get("verdict").asString()).isEqualTo("SE");
        assertThat(done.get("result").get("tests")).isEmpty();
    }

    @Test
    @DisplayName("the bank offers the problems with statements in both languages and samples only")
    void bank() {
        JsonNode list = person("INTERVIEWER").api().get("/api/v1/problems").json();
        assertThat(list.size()).isGreaterThanOrEqualTo(12);
        JsonNode one = person("RECRUITER").api().get("/api/v1/problems/token-bucket").json();
        assertThat(one.get("statementHtml").get("fr").asString()).contains("seau");
        assertThat(one.get("samples")).hasSize(1);
        assertThat(one.get("summary").get("tests").asInt()).isEqualTo(10);
        assertThat(one.get("languages").toString()).contains("java", "python", "cpp");
    }

    private long codingRound(Person interviewer) {
        long app = apply(createCandidate("Pad Candidate"), createJob("software-engineer", null));
        for (int stage = 0; stage < 4; stage++) {
            for (JsonNode round : application(app).get("rounds")) {
                if (round.get("type").asString().equals("ALGORITHMIC_CODING")) {
                    long id = round.get("id").asLong();
                    jdbc.sql("insert into round_panel (round_id, user_id) values (?, ?)").params(id, interviewer.id()).update();
                    return id;
                }
            }
            completeOpenRounds(app);
            move(app, "advance", null);
        }
        throw new IllegalStateException("the software-engineer track has no algorithmic coding round");
    }

    private int count() {
        return jdbc.sql("select count(*) from submissions").query(Integer.class).single();
    }

    static JsonNode awaitDone(Api api, long id) {
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            JsonNode s = api.get("/api/v1/submissions/" + id).json();
            if (s.get("status").asString().equals("DONE")) return s;
            sleep();
        }
        throw new AssertionError("submission " + id + " not judged within 120 s");
    }

    private static String awaitCandidateResult(Api candidate, String link, long id) {
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            String body = candidate.get(link + "/submissions/" + id).body();
            if (body.contains("pad-result")) return body;
            sleep();
        }
        throw new AssertionError("pad result " + id + " not ready within 120 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
