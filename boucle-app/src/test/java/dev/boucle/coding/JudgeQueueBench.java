package dev.boucle.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.BoucleIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Throughput of the judge through the queue: small Python submissions queued in PostgreSQL (as
 * the API queues them; the API caps what one person may have waiting, so the bench queues
 * directly), claimed by this host's workers, judged in the sandbox, stored. The baseline, in the
 * same run, judges the same submissions straight through the engine on as many threads, without
 * queue or database. A benchmark, not a test: surefire's default pattern does not pick it up; run
 * it with {@code ./mvnw -o -q verify -pl boucle-app -am -Dtest=JudgeQueueBench -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.workers=N -Dbench.submissions=N -Dbench.tests=N} to vary). Figures go to docs/benchmarks.md.
 */
class JudgeQueueBench extends BoucleIntegrationTest {

    static final int WORKERS = Integer.getInteger("bench.workers", Runtime.getRuntime().availableProcessors());
    static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 300);
    static final int TESTS = Integer.getInteger("bench.tests", 1);
    static final Path BANK = bank();
    static final String SOURCE = "a, b = map(int, input().split())\nprint(a + b)\n";

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

    @Autowired
    SubmissionQueue queue;

    @Test
    void throughput() throws Exception {
        CodingProblem problem = problems.find("bench-add").orElseThrow();
        // Warm-up: the sandbox probe, the JIT, the connection pool.
        run(20);
        double direct = direct(problem);
        long first = run(SUBMISSIONS);
        long start = jdbc.sql("select extract(epoch from min(created_at)) * 1000 from submissions where id >= ?").param(first)
                .query(Double.class).single().longValue();
        long end = jdbc.sql("select extract(epoch from max(finished_at)) * 1000 from submissions where id >= ?").param(first)
                .query(Double.class).single().longValue();
        List<Double> latencies = jdbc.sql("""
                select extract(epoch from finished_at - created_at) * 1000 from submissions where id >= ? order by 1""")
                .param(first).query(Double.class).list();
        long accepted = jdbc.sql("select count(*) from submissions where id >= ? and verdict = 'AC'").param(first).query(Long.class).single();
        double queued = SUBMISSIONS * 1000.0 / (end - start);
        String report = String.format(java.util.Locale.ROOT, """
                judge queue bench: %d submissions of a %d-test Python program, %d workers, %d cores (%s)
                  through queue + workers: %.1f submissions/s, latency p50 %.0f ms, p95 %.0f ms, max %.0f ms, %d/%d AC
                  baseline, engine only on %d threads: %.1f submissions/s
                """, SUBMISSIONS, TESTS, WORKERS, Runtime.getRuntime().availableProcessors(), cpu(), queued,
                latencies.get(latencies.size() / 2), latencies.get(latencies.size() * 95 / 100), latencies.getLast(),
                accepted, SUBMISSIONS, WORKERS, direct);
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/judge-queue.txt"), report);
        assertThat(accepted).isEqualTo(SUBMISSIONS);
    }

    /** Posts n submissions and waits until all are judged; returns the first id. */
    private long run(int n) throws InterruptedException {
        long first = -1;
        for (int i = 0; i < n; i++) {
            long id = queue.enqueue("bench-add", "python", SOURCE, null, null);
            if (first < 0) first = id;
        }
        while (jdbc.sql("select count(*) from submissions where id >= ? and status <> 'DONE'").param(first).query(Long.class).single() > 0) {
            Thread.sleep(20);
        }
        return first;
    }

    private double direct(CodingProblem problem) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        long t0 = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) runs.add(pool.submit(() -> engine.judge(problem, "python", SOURCE)));
        for (Future<?> f : runs) f.get();
        double rate = SUBMISSIONS / ((System.nanoTime() - t0) / 1e9);
        pool.shutdown();
        return rate;
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    /** A one-problem bank: add two integers, TESTS tests, statements in both languages. */
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
            for (int t = 1; t <= TESTS; t++) {
                Files.writeString(problem.resolve(t + ".in"), t + " " + (t * 7) + "\n");
                Files.writeString(problem.resolve(t + ".out"), (t * 8) + "\n");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
