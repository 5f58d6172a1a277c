package dev.boucle.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Throughput of the judge as deployed, per language: short stdio submissions (read two integers,
 * print their sum) posted through the HTTP API by {@code bench.clients} concurrent clients, each
 * a staff member with a token who keeps as many submissions in flight as the API lets one person
 * have, and polls its oldest one until it is done; this host's workers claim them from PostgreSQL
 * ({@code FOR UPDATE SKIP LOCKED}), judge them in the sandbox and store the verdicts. The rate is
 * the batch over the time from the first row created to the last verdict stored, read from the
 * database. The baseline, in the same run, judges the same number of submissions straight through
 * the engine on as many threads as there are workers, with no HTTP, queue or database; the two
 * alternate in three rounds per language so that a shared machine's changing load hits both. Every source is distinct (the number of the submission is part of the code, not only a
 * comment), so no cache of any kind could make the figures look better than fresh submissions.
 *
 * <p>A benchmark, not a test: surefire's default pattern does not pick it up. One line:
 * {@code ./mvnw -B -q -o -pl boucle-app -am verify -Dtest=JudgeQueueBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}
 * ({@code -Dbench.workers=N -Dbench.clients=N -Dbench.python=N -Dbench.cpp=N} to vary); report in
 * {@code boucle-app/target/bench/judge-queue.txt}, figures in docs/benchmarks.md.
 */
class JudgeQueueBench extends BoucleIntegrationTest {

    static final int WORKERS = Integer.getInteger("bench.workers", Runtime.getRuntime().availableProcessors());
    static final int CLIENTS = Integer.getInteger("bench.clients", 10);
    /** Baseline and API batches alternate this many times per language. */
    static final int ROUNDS = 3;
    /** How often a client asks about its oldest submission, as a page showing it would. */
    static final long POLL_MS = 1000;
    static final Path BANK = bank();
    /** Per language: how many submissions, and a short correct program whose code depends on its number. */
    static final List<Batch> BATCHES = List.of(
            new Batch("python", Integer.getInteger("bench.python", 300),
                    "a, b = map(int, input().split())\nprint(a + b + 0 * %d)\n"),
            new Batch("cpp", Integer.getInteger("bench.cpp", 60), """
                    #include <iostream>
                    int main() { long long a, b; std::cin >> a >> b; std::cout << a + b + 0 * %d << "\\n"; }
                    """));
    /** Numbers every source apart, across warm-ups, baseline and API batches. */
    static final AtomicInteger SERIAL = new AtomicInteger();

    record Batch(String language, int submissions, String template) {
        String nextSource() {
            return String.format(Locale.ROOT, template, SERIAL.incrementAndGet());
        }
    }

    @DynamicPropertySource
    static void judge(DynamicPropertyRegistry registry) {
        registry.add("boucle.judge.extra-bank", BANK::toString);
        registry.add("boucle.judge.workers", () -> WORKERS);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JudgeEngine engine;

    @Autowired
    ProblemBank problems;

    @Test
    void throughput() throws Exception {
        CodingProblem problem = problems.find("bench-add").orElseThrow();
        List<Api> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) clients.add(person("INTERVIEWER").api());
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "judge queue bench: %d workers, %d API clients, %d cores (%s), load average at start %s%n",
                WORKERS, CLIENTS, Runtime.getRuntime().availableProcessors(), cpu(), loadAverage()));
        for (Batch batch : BATCHES) {
            // Warm-up: the sandbox probe, the runner's build, the JIT, the connection pool.
            engineAlone(problem, batch, Math.max(4, WORKERS * 2));
            throughApi(clients, new Batch(batch.language(), Math.max(4, WORKERS * 2), batch.template()));

            // Alternated in rounds, so that a change of load on a shared machine hits both alike.
            double aloneSeconds = 0;
            List<ApiFigures> rounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Batch part = new Batch(batch.language(), batch.submissions() / ROUNDS, batch.template());
                aloneSeconds += part.submissions() / engineAlone(problem, part, part.submissions());
                rounds.add(throughApi(clients, part));
            }
            double alone = ROUNDS * (batch.submissions() / ROUNDS) / aloneSeconds;
            ApiFigures api = ApiFigures.of(rounds);
            report.append(String.format(Locale.ROOT,
                    "  %-6s %4d submissions: through API + queue + workers %.1f/s (latency p50 %.0f ms, p95 %.0f ms, %d/%d AC);"
                            + " engine alone on %d threads %.1f/s%n",
                    batch.language(), api.latencies().size(), api.rate(), api.p50Ms(), api.p95Ms(), api.accepted(),
                    api.latencies().size(), WORKERS, alone));
            assertThat(api.accepted()).as("%s submissions accepted", batch.language()).isEqualTo(api.latencies().size());
        }
        report.append("  load average at end ").append(loadAverage()).append('\n');
        System.out.print(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/judge-queue.txt"), report);
    }

    record ApiFigures(double rate, double p50Ms, double p95Ms, long accepted, List<Double> latencies, double seconds) {
        /** The rounds together: all submissions over the sum of the rounds' spans. */
        static ApiFigures of(List<ApiFigures> rounds) {
            List<Double> all = rounds.stream().flatMap(r -> r.latencies().stream()).sorted().toList();
            double seconds = rounds.stream().mapToDouble(ApiFigures::seconds).sum();
            return new ApiFigures(all.size() / seconds, all.get(all.size() / 2), all.get(all.size() * 95 / 100),
                    rounds.stream().mapToLong(ApiFigures::accepted).sum(), all, seconds);
        }
    }

    /** Spreads the batch over the clients, waits for every verdict, and reads the figures from the database. */
    private ApiFigures throughApi(List<Api> clients, Batch batch) throws Exception {
        long before = jdbc.sql("select coalesce(max(id), 0) from submissions").query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            AtomicInteger left = new AtomicInteger(batch.submissions());
            List<Future<?>> done = new ArrayList<>();
            for (Api client : clients) done.add(pool.submit(() -> {
                client(client, batch, left);
                return null;
            }));
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        List<Double> latencies = jdbc.sql("""
                select extract(epoch from finished_at - created_at) * 1000 from submissions where id > ? order by 1""")
                .param(before).query(Double.class).list();
        assertThat(latencies).hasSize(batch.submissions());
        double spanMs = jdbc.sql("""
                select extract(epoch from max(finished_at) - min(created_at)) * 1000 from submissions where id > ?""")
                .param(before).query(Double.class).single();
        long accepted = jdbc.sql("select count(*) from submissions where id > ? and verdict = 'AC'").param(before)
                .query(Long.class).single();
        return new ApiFigures(batch.submissions() * 1000.0 / spanMs, latencies.get(latencies.size() / 2),
                latencies.get(latencies.size() * 95 / 100), accepted, latencies, spanMs / 1000);
    }

    /**
     * One client: keeps as many submissions in flight as the API allows one person, and polls the
     * oldest (the queue is first in, first out) every {@link #POLL_MS}, as a page would.
     */
    private static void client(Api api, Batch batch, AtomicInteger left) throws InterruptedException {
        Deque<Long> inFlight = new ArrayDeque<>();
        while (true) {
            while (inFlight.size() < CodingRounds.MAX_IN_FLIGHT_PER_USER && left.getAndDecrement() > 0) {
                Api.Response posted = api.post("/api/v1/submissions",
                        Map.of("problemId", "bench-add", "language", batch.language(), "source", batch.nextSource()));
                assertThat(posted.status()).as(posted.body()).isEqualTo(202);
                inFlight.add(posted.json().get("id").asLong());
            }
            if (inFlight.isEmpty()) return;
            Api.Response oldest = api.get("/api/v1/submissions/" + inFlight.peek());
            assertThat(oldest.status()).as(oldest.body()).isEqualTo(200);
            if (oldest.json().get("status").asString().equals("DONE")) {
                inFlight.poll();
            } else {
                Thread.sleep(POLL_MS);
            }
        }
    }

    /** The baseline: the engine alone, on as many threads as there are workers. */
    private double engineAlone(CodingProblem problem, Batch batch, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < n; i++) sources.add(batch.nextSource());
            long t0 = System.nanoTime();
            List<Future<Submission.Result>> runs = new ArrayList<>();
            for (String source : sources) runs.add(pool.submit(() -> engine.judge(problem, batch.language(), source)));
            for (Future<Submission.Result> f : runs) {
                assertThat(f.get().verdict()).as("%s", f.get()).isEqualTo(dev.boucle.judge.verdict.Verdict.AC);
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    /** A one-problem bank: add two integers, one test, statements in both languages. */
    private static Path bank() {
        try {
            Path dir = Files.createTempDirectory("boucle-bench-bank");
            Path problem = Files.createDirectories(dir.resolve("bench-add/tests"));
            Files.writeString(dir.resolve("bank.yaml"), "problems:\n  - {id: bench-add, topic: ALGORITHMS, difficulty: EASY, "
                    + "roundTypes: [ALGORITHMIC_CODING], samples: [\"1\"]}\n");
            Files.writeString(dir.resolve("bench-add/problem.yaml"), "id: bench-add\ntitle: Add\nkind: stdio\ntimeLimitMs: 1000\n"
                    + "memoryLimitMb: 64\nchecker: tokens\n");
            Files.writeString(dir.resolve("bench-add/statement.en.md"), "# Add\n\nPrint a + b.\n");
            Files.writeString(dir.resolve("bench-add/statement.fr.md"), "# Addition\n\nAffichez a + b.\n");
            Files.writeString(problem.resolve("1.in"), "1 7\n");
            Files.writeString(problem.resolve("1.out"), "8\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
