package dev.boucle.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far behind the outbox is: the age of the oldest e-mail still waiting to be sent (0 when
 * none waits), and how many were given up after ten attempts. Both read the partial index of
 * unsent rows, so they stay cheap however much mail was ever sent.
 */
@Component
class OutboxMetrics {

    record Backlog(double oldestSeconds, double givenUp) {}

    /** Held here: a gauge keeps only a weak reference to what it reads. */
    private final CachedReading<Backlog> backlog;

    OutboxMetrics(JdbcClient jdbc, MeterRegistry registry) {
        backlog = new CachedReading<>(Duration.ofSeconds(5), () -> jdbc.sql("""
                select coalesce(extract(epoch from now() - min(created_at) filter (where attempts < 10)), 0),
                       count(*) filter (where attempts >= 10)
                  from mail_outbox where sent_at is null""")
                .query((rs, n) -> new Backlog(rs.getDouble(1), rs.getDouble(2))).single());
        Gauge.builder("boucle.outbox.lag", backlog, b -> value(b.get(), Backlog::oldestSeconds)).baseUnit("seconds")
                .description("Age of the oldest e-mail waiting in the outbox").register(registry);
        Gauge.builder("boucle.outbox.given.up", backlog, b -> value(b.get(), Backlog::givenUp))
                .description("E-mails no longer retried after ten failed attempts").register(registry);
    }

    private static double value(Backlog b, java.util.function.ToDoubleFunction<Backlog> f) {
        return b == null ? Double.NaN : f.applyAsDouble(b);
    }
}
