package dev.boucle.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analytics routes at a team's scale, through the HTTP API of the whole app on the embedded
 * PostgreSQL. Set-up, on {@code THREADS} client threads: {@code bench.applications} (10,000)
 * applications on eight jobs (four tracks, four offices, three levels, six sources), each moved
 * through the API as far as its number says (rejected, withdrawn, advanced stage by stage with
 * the rounds completed, some hired); then the facts are awaited. Measured, {@code bench.requests}
 * (400) requests per route on all threads: p50/p95/p99 and requests per second, against the
 * baseline of the same funnel counted by one direct query over hiring's own tables (the
 * applications and their timeline). The funnel query's plan is printed (EXPLAIN ANALYZE).
 * Not part of the suite (surefire runs *Test classes only). Run small to try it:
 * {@code ./mvnw -B -q -o -pl boucle-app -am verify -Dtest=AnalyticsBench -Dbench.applications=500
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}; report in
 * {@code target/bench/analytics.md}. Target: each analytics request <= 200 ms p99 at 10,000.
 */
class AnalyticsBench extends BoucleIntegrationTest {

    static final int APPLICATIONS = Integer.getInteger("bench.applications", 10_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 400);
    static final int THREADS = 8;
    static final List<String> SOURCES = List.of("referral", "linkedin", "careers-page", "conference", "agency", "github");

    @Autowired
    JdbcClient jdbc;

    /** The panel's side: who interviews, on which questions and rubrics, and how much of it was done. */
    private final List<Person> panel = new ArrayList<>();
    private final Map<String, List<String>> questionsByType = new HashMap<>();
    private final Map<String, Map<String, Object>> scorecardByType = new HashMap<>();
    private final AtomicLong scorecards = new AtomicLong();
    private final AtomicLong judged = new AtomicLong();
    private final AtomicLong packets = new AtomicLong();

    @Test
    void analyticsRoutes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Long> jobs = List.of(job("software-engineer", "L4", "paris"), job("software-engineer", "L5", "london"),
                    job("research-engineer", "L5", "new-york"), job("research-engineer", "L6", "paris"),
                    job("research-scientist", "L6", "san-francisco"), job("research-scientist", "L5", "london"),
                    job("solutions-engineer", "L4", "new-york"), job("solutions-engineer", "L5", "paris"));
            for (int p = 0; p < 12; p++) {
                Person interviewer = person("INTERVIEWER");
                panel.add(interviewer);
                ok(admin().send("PUT", "/api/v1/interviewers/" + interviewer.id() + "/profile", "application/json", """
                        {"zone": "Europe/Paris", "languages": ["en", "fr"], "roundTypes": ["ALGORITHMIC_CODING"], "workStart": "09:00",
                         "workEnd": "18:00", "maxPerWeek": %d, "trainee": false}""".formatted(2 + p % 4)));
            }
            for (var view : ok(admin().get("/api/v1/questions")).json()) {
                var q = view.get("question");
                if (q.get("retired").asBoolean()) continue;
                questionsByType.computeIfAbsent(q.get("roundType").asString(), k -> new ArrayList<>()).add(q.get("id").asString());
            }
            for (var rubric : ok(admin().get("/api/v1/rubrics")).json()) {
                Map<String, Integer> ratings = new HashMap<>();
                Map<String, String> evidence = new HashMap<>();
                int k = 0;
                for (var c : rubric.get("competencies")) {
                    ratings.put(c.get("key").asString(), 1 + (k++ % 4));
                    evidence.put(c.get("key").asString(), "Seen in the bench");
                }
                scorecardByType.put(rubric.get("roundType").asString(), Map.of("ratings", ratings, "evidence", evidence,
                        "recommendation", "YES"));
            }
            AtomicLong moves = new AtomicLong();
            long t0 = System.nanoTime();
            all(pool, APPLICATIONS, i -> {
                Api.Response c = admin().post("/api/v1/candidates", Map.of("name", "Bench Analytics " + i,
                        "email", unique("bench") + "@example.com", "source", SOURCES.get(i % SOURCES.size())));
                long app = apply(c.json().get("id").asLong(), jobs.get(i % jobs.size()));
                moves.incrementAndGet();
                walk(app, i, moves);
                return app;
            });
            double seeding = (System.nanoTime() - t0) / 1e9;
            Long[] jobIds = jobs.toArray(Long[]::new);
            long deadline = System.nanoTime() + 600_000_000_000L;
            long kept;
            do {
                Thread.sleep(200);
                kept = jdbc.sql("""
                        select count(*) from analytics_moves m join analytics_applications a on a.application_id = m.application_id
                        where a.job_id = any(?) and a.enriched""").param(jobIds).query(Long.class).single();
            } while (kept < moves.get() && System.nanoTime() < deadline);
            assertThat(kept).isEqualTo(moves.get());
            awaitCount("select count(*) from analytics_scorecards", scorecards.get(), deadline);
            awaitCount("select count(*) from analytics_verdicts", judged.get(), deadline);
            double facts = (System.nanoTime() - t0) / 1e9;

            String job = String.valueOf(jobs.get(1));
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "%d applications, %d moves, %d planned interviews with their scorecards, %d review packets and %d judged candidate "
                    + "submissions through the API, %d client threads; seeded in %.1f s, facts complete after %.1f s%n%n",
                    APPLICATIONS, moves.get(), scorecards.get(), packets.get(), judged.get(), THREADS, seeding, facts));
            List<String> routes = List.of("/api/v1/analytics/funnel", "/api/v1/analytics/funnel?track=research-engineer&office=paris",
                    "/api/v1/analytics/funnel?jobId=" + job + "&from=2020-01-01&to=2100-01-01",
                    "/api/v1/analytics/time-to-hire", "/api/v1/analytics/time-to-hire?source=referral",
                    "/api/v1/analytics/sources", "/api/v1/analytics/sources?level=L5", "/api/v1/analytics/offers",
                    "/api/v1/analytics/decline-reasons", "/api/v1/analytics/interviewer-load",
                    "/api/v1/analytics/interviewer-load?from=2026-01-05&to=2026-06-28", "/api/v1/analytics/scorecard-latency",
                    "/api/v1/analytics/scorecard-latency?track=software-engineer", "/api/v1/analytics/questions",
                    "/api/v1/analytics/calibration", "/api/v1/analytics/verdicts");
            // Two loads: as many clients as seeded (8, the CPU saturated: the tail is queueing), and as
            // many as the machine has cores (2), closer to a team's dashboards and integrations at once.
            for (ExecutorService clients : List.of(pool, Executors.newFixedThreadPool(2))) {
                int n = clients == pool ? THREADS : 2;
                report.append("\n").append(n).append(" concurrent clients:\n\n")
                        .append("| route | p50 ms | p95 ms | p99 ms | requests/s |\n|---|---:|---:|---:|---:|\n");
                for (String route : routes) report.append(timed(clients, route, () -> ok(admin().get(route))));
                report.append(timed(clients, "/api/v1/analytics/funnel (Accept: text/csv)",
                        () -> ok(admin().get("/api/v1/analytics/funnel", "text/csv"))));
                // The baseline is slow at this size: a tenth of the requests tells its figures well enough.
                report.append(timed(clients, "baseline: funnel by a direct query on hiring's tables",
                        () -> AnalyticsFixtures.expectedFunnel(jdbc, Map.of()), REQUESTS / 10));
                report.append(timed(clients, "baseline: the same, one track and office",
                        () -> AnalyticsFixtures.expectedFunnel(jdbc, Map.of("track", "research-engineer", "office", "paris")), REQUESTS / 10));
                if (clients != pool) clients.shutdown();
            }
            Map<String, Object> params = new HashMap<>();
            String where = Filter.EVERYTHING.where(params);
            report.append("\nEXPLAIN ANALYZE of the funnel query (no filter):\n\n```\n");
            jdbc.sql("explain (analyze, buffers) " + FunnelReport.sql(where)).params(params).query(String.class).list()
                    .forEach(line -> report.append(line).append('\n'));
            report.append("```\n\nEXPLAIN ANALYZE of the scorecard latency query (no filter):\n\n```\n");
            Map<String, Object> latencyParams = new HashMap<>();
            String latencyWhere = Filter.EVERYTHING.where(latencyParams, "i.start_at");
            latencyParams.put("dueHours", 24.0);
            latencyParams.put("minimum", SmallGroups.MINIMUM);
            jdbc.sql("explain (analyze, buffers) " + ScorecardLatencyReport.sql(latencyWhere)).params(latencyParams).query(String.class)
                    .list().forEach(line -> report.append(line).append('\n'));
            report.append("```\n");
            Path out = Path.of("target/bench/analytics.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.print(report);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Moves one application as far as its number says: a spread of every outcome at every stage. */
    private void walk(long app, int i, AtomicLong moves) {
        int depth = Math.floorMod(i * 7919, 13);
        if (depth == 0) { act(app, "reject", "Not this time", moves); return; }
        if (depth == 1) { act(app, "withdraw", "Changed plans", moves); return; }
        if (depth == 2) return;
        int advances = Math.min(depth - 2, 6);
        for (int s = 0; s < advances; s++) {
            if (s == 2) interview(app, i);
            completeOpenRounds(app);
            act(app, "advance", "Good", moves);
            if (s == 2 && i % 8 == 0) {
                ok(admin().get("/api/v1/applications/" + app + "/review"));
                packets.incrementAndGet();
            }
        }
        if (depth % 3 == 0 && advances < 6) act(app, "reject", "Another profile was closer", moves);
    }

    /**
     * At the phone screen, half the applications have the round planned in the past with one of
     * the twelve interviewers and a question of its type, and scored; one in forty of those on a
     * coding round also has the candidate submit a wrong solution to the judge from the pad.
     */
    private void interview(long app, int i) {
        if (i % 2 != 0) return;
        for (var round : application(app).get("rounds")) {
            if (!round.get("stage").asString().equals("PHONE_SCREEN") || !round.get("status").asString().equals("OPEN")) continue;
            long id = round.get("id").asLong();
            String type = round.get("type").asString();
            Person interviewer = panel.get(i % panel.size());
            var plan = AnalyticsPanelTest.JSON.createObjectNode().put("minutes", 60)
                    .put("start", java.time.Instant.now().minus(java.time.Duration.ofHours(2 + (i % 1200))).truncatedTo(
                            java.time.temporal.ChronoUnit.HOURS).toString());
            plan.putArray("interviewers").add(interviewer.id());
            List<String> questions = questionsByType.getOrDefault(type, List.of());
            if (!questions.isEmpty()) plan.put("questionId", questions.get(i % questions.size()));
            ok(admin().send("PUT", "/api/v1/interviews/" + id, "application/json", plan.toString()));
            if (type.equals("ALGORITHMIC_CODING") && i % 40 == 0) {
                AnalyticsPanelTest.submitFromThePad(port, interviewer.api(), id, AnalyticsPanelTest.WRONG);
                judged.incrementAndGet();
            }
            ok(interviewer.api().post("/api/v1/interviews/" + id + "/scorecards", scorecardByType.get(type)));
            scorecards.incrementAndGet();
        }
    }

    private void awaitCount(String sql, long expected, long deadline) throws InterruptedException {
        long n;
        do {
            Thread.sleep(200);
            n = jdbc.sql(sql).query(Long.class).single();
        } while (n < expected && System.nanoTime() < deadline);
        assertThat(n).as(sql).isGreaterThanOrEqualTo(expected);
    }

    private void act(long app, String action, String reason, AtomicLong moves) {
        ok(move(app, action, reason));
        moves.incrementAndGet();
    }

    private long job(String track, String level, String office) {
        Api.Response r = admin().post("/api/v1/jobs", Map.of("title", unique("Bench job"), "track", track, "level", level, "office", office));
        return ok(r).json().get("id").asLong();
    }

    private static Api.Response ok(Api.Response r) {
        if (r.status() / 100 != 2) throw new IllegalStateException(r.status() + " " + r.body());
        return r;
    }

    private String timed(ExecutorService pool, String name, Callable<?> request) throws Exception {
        return timed(pool, name, request, REQUESTS);
    }

    private String timed(ExecutorService pool, String name, Callable<?> request, int requests) throws Exception {
        for (int i = 0; i < Math.min(20, requests); i++) request.call();
        long[] nanos = new long[requests];
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                request.call();
                nanos[n] = System.nanoTime() - t;
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.0f |%n", name, pct(nanos, 0.50), pct(nanos, 0.95),
                pct(nanos, 0.99), requests / seconds);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static <T> List<T> all(ExecutorService pool, int n, java.util.function.IntFunction<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> task.apply(k)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) results.add(f.get());
        return results;
    }
}
