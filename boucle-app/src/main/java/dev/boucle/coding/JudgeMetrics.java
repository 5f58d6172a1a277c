package dev.boucle.coding;

import dev.boucle.coding.Submission.Result;
import dev.boucle.platform.CachedReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The judge's meters. Queue depth counts submissions not done across every host (the queue is
 * one table), from the partial index {@code submissions_waiting}, cached a few seconds. The run
 * timer is this host's: how long a worker spent on one submission, by verdict.
 */
@Component
class JudgeMetrics {

    private final MeterRegistry registry;
    /** Held here: a gauge keeps only a weak reference to what it reads. */
    private final CachedReading<Map<String, Long>> depth;

    JudgeMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.registry = registry;
        depth = new CachedReading<>(Duration.ofSeconds(5), () -> jdbc.sql("""
                select status, count(*) from submissions where status <> 'DONE' group by status""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        for (String status : new String[] {"QUEUED", "RUNNING"}) {
            Gauge.builder("boucle.judge.queue.depth", depth, d -> count(d.get(), status)).tag("status", status.toLowerCase())
                    .description("Submissions waiting for or in the judge, on every host").register(registry);
        }
    }

    private static double count(Map<String, Long> depth, String status) {
        return depth == null ? Double.NaN : depth.getOrDefault(status, 0L);
    }

    /** Runs one judging and records its duration under the verdict it gave. */
    Result timed(Supplier<Result> run) {
        long start = System.nanoTime();
        Result result = run.get();
        Timer.builder("boucle.judge.run").tag("verdict", result.verdict().name())
                .description("Time a judge worker spent on one submission").publishPercentileHistogram().register(registry)
                .record(Duration.ofNanos(System.nanoTime() - start));
        return result;
    }
}
