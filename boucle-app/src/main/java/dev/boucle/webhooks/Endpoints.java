package dev.boucle.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The endpoints' rows, and this node's copy of the active ones, which the write path reads: an
 * event with no subscriber costs no query, and one with subscribers one insert each. A change
 * made on this node drops the copy once written; one made on another node is seen when the copy
 * is older than {@code cache-ttl}. Secrets are read only by {@link #keys}, for signing.
 */
@Component
class Endpoints {

    /** What an attempt needs: where to post and the secrets that sign it now. */
    record Keys(String url, boolean active, List<WebhookSecret> secrets) {}

    private record Cached(List<WebhookEndpoint> active, long loadedAt) {}

    private static final String COLUMNS = "id, url, description, events, active, created_at, previous_until";
    private final JdbcClient jdbc;
    private final long ttlNanos;
    private volatile @Nullable Cached cache;
    /** Bumped by every change, so a copy read while a change was being written is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    Endpoints(JdbcClient jdbc, WebhookSettings settings) {
        this.jdbc = jdbc;
        this.ttlNanos = settings.cacheTtl().toNanos();
    }

    long insert(String url, Set<WebhookEvent> events, String description, WebhookSecret secret, long createdBy) {
        long id = jdbc.sql("insert into webhook_endpoints (url, description, events, secret, created_by) values (?, ?, ?, ?, ?) returning id")
                .params(url, description, wire(events), secret.value(), createdBy).query(Long.class).single();
        forget();
        return id;
    }

    boolean update(long id, String url, Set<WebhookEvent> events, String description, boolean active) {
        int n = jdbc.sql("update webhook_endpoints set url = ?, events = ?, description = ?, active = ?, updated_at = now() where id = ?")
                .params(url, wire(events), description, active, id).update();
        forget();
        return n == 1;
    }

    /** Pauses or resumes only: the address is not checked again, so an endpoint whose host went bad can still be paused. */
    boolean activate(long id, boolean active) {
        int n = jdbc.sql("update webhook_endpoints set active = ?, updated_at = now() where id = ?").params(active, id).update();
        forget();
        return n == 1;
    }

    boolean delete(long id) {
        int n = jdbc.sql("delete from webhook_endpoints where id = ?").param(id).update();
        forget();
        return n == 1;
    }

    /** The current secret becomes the previous one, signing alongside until {@code until}; the one before it stops. */
    boolean rotate(long id, WebhookSecret next, Instant until) {
        return jdbc.sql("""
                update webhook_endpoints set previous_secret = secret, previous_until = ?, secret = ?, updated_at = now() where id = ?""")
                .params(java.sql.Timestamp.from(until), next.value(), id).update() == 1;
    }

    Optional<WebhookEndpoint> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoints where id = ?").param(id).query(Endpoints::endpoint).optional();
    }

    List<WebhookEndpoint> all() {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoints order by id").query(Endpoints::endpoint).list();
    }

    Optional<Keys> keys(long id) {
        return jdbc.sql("""
                select url, active, secret, case when previous_until > now() then previous_secret end from webhook_endpoints where id = ?""")
                .param(id).query((rs, n) -> {
                    String previous = rs.getString(4);
                    List<WebhookSecret> secrets = previous == null ? List.of(new WebhookSecret(rs.getString(3)))
                            : List.of(new WebhookSecret(rs.getString(3)), new WebhookSecret(previous));
                    return new Keys(rs.getString(1), rs.getBoolean(2), secrets);
                }).optional();
    }

    /** The active endpoints subscribed to this type, from this node's copy. */
    List<WebhookEndpoint> subscribedTo(WebhookEvent type) {
        Cached c = cache;
        if (c == null || System.nanoTime() - c.loadedAt() > ttlNanos) {
            long seen = generation.get();
            c = new Cached(jdbc.sql("select " + COLUMNS + " from webhook_endpoints where active order by id").query(Endpoints::endpoint).list(),
                    System.nanoTime());
            if (generation.get() == seen) cache = c;
        }
        return c.active().stream().filter(e -> e.events().contains(type)).toList();
    }

    void forget() {
        generation.incrementAndGet();
        cache = null;
    }

    private static String[] wire(Set<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::wire).toArray(String[]::new);
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int n) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream((String[]) rs.getArray(4).getArray()).map(WebhookEvent::of).flatMap(Optional::stream).forEach(events::add);
        java.sql.Timestamp until = rs.getTimestamp(7);
        return new WebhookEndpoint(rs.getLong(1), rs.getString(2), rs.getString(3), java.util.Collections.unmodifiableSet(events), rs.getBoolean(5),
                rs.getTimestamp(6).toInstant(), until == null ? null : until.toInstant());
    }
}
