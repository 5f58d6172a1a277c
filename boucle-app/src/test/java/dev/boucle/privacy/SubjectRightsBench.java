package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The data subject's rights at a team's scale, through the HTTP API of the whole app on the
 * embedded PostgreSQL, on {@code THREADS} client threads. Set-up: {@code bench.candidates} (200)
 * candidates, each with two applications moved through the API (advance with notes, held and
 * resumed with reasons, then rejected with a reason), so their timelines hold what a real one does.
 * Measured, each over every candidate: the export as JSON and as PDF; the baseline, what an
 * integration without an export does to gather the same file (the candidate, each application,
 * each application's interviews: 5 requests); a retention dry run over everyone; the erasure of
 * every candidate, all clients at once. Run: {@code ./mvnw -B -q -o -pl boucle-app verify
 * -Dtest=SubjectRightsBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}; report in
 * {@code target/bench/subject-rights.txt}, figures in docs/benchmarks.md.
 */
class SubjectRightsBench extends BoucleIntegrationTest {

    static final int CANDIDATES = Integer.getInteger("bench.candidates", 200);
    static final int THREADS = 8;

    @Test
    void subjectRights() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long software = createJob("software-engineer", null), research = createJob("research-engineer", null);
            List<Long> ids = all(pool, CANDIDATES, i -> {
                long c = createCandidate("Bench Subject " + i);
                for (long job : List.of(software, research)) {
                    long app = apply(c, job);
                    ok(move(app, "hold", "waiting for the candidate's dates " + i));
                    ok(move(app, "resume", null));
                    ok(move(app, "reject", "another profile was closer to the role " + i));
                }
                return c;
            });
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%d candidates, 2 applications each, %d client threads%n",
                    CANDIDATES, THREADS));
            report.append(timed(pool, "export JSON", ids, c -> admin().get("/api/v1/candidates/" + c + "/export")));
            report.append(timed(pool, "export PDF", ids, c -> admin().get("/api/v1/candidates/" + c + "/export?format=pdf")));
            report.append(timed(pool, "baseline: file by 5 requests", ids, c -> {
                Api.Response file = admin().get("/api/v1/candidates/" + c);
                for (JsonNode app : file.json().get("applications")) {
                    ok(admin().get("/api/v1/applications/" + app.get("id").asLong()));
                    ok(admin().get("/api/v1/applications/" + app.get("id").asLong() + "/interviews"));
                }
                return file;
            }));
            long t0 = System.nanoTime();
            Api.Response dry = admin().post("/api/v1/retention/run?dryRun=true", Map.of());
            ok(dry);
            report.append(String.format(Locale.ROOT, "%-32s %8.1f ms (one request)%n", "retention dry run", (System.nanoTime() - t0) / 1e6));
            report.append(timed(pool, "erasure", ids, c -> admin().send("DELETE", "/api/v1/candidates/" + c, "application/json", "")));
            for (long c : ids) {
                assertThat(admin().get("/api/v1/candidates/" + c).json().get("candidate").get("name").asString()).isEqualTo("[erased]");
            }
            Path out = Path.of("target/bench/subject-rights.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.print(report);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code call} for every id on the pool; median, p95, max and the wall time of the whole batch. */
    private String timed(ExecutorService pool, String what, List<Long> ids, LongFunction<Api.Response> call) throws Exception {
        List<Future<Long>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (long id : ids) futures.add(pool.submit(() -> {
            long t = System.nanoTime();
            ok(call.apply(id));
            return System.nanoTime() - t;
        }));
        List<Long> times = new ArrayList<>();
        for (Future<Long> f : futures) times.add(f.get());
        double wall = (System.nanoTime() - start) / 1e6;
        Collections.sort(times);
        return String.format(Locale.ROOT, "%-32s median %7.1f ms  p95 %7.1f ms  max %7.1f ms  %6.1f/s%n", what,
                times.get(times.size() / 2) / 1e6, times.get((int) (times.size() * 0.95)) / 1e6, times.getLast() / 1e6,
                ids.size() / (wall / 1000));
    }

    private static <T> List<T> all(ExecutorService pool, int n, java.util.function.IntFunction<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit((Callable<T>) () -> task.apply(k)));
        }
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) out.add(f.get());
        return out;
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
    }
}
