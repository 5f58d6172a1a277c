package dev.boucle.webhooks;

import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox's rows: queued by events, claimed by the worker, shown in the log, replayed. */
@Component
class Deliveries {

    enum Status { PENDING, DELIVERED, FAILED, CANCELLED }

    /** A row the worker holds for one attempt. */
    record Claimed(long id, long endpointId, String msgId, String payload, int attempts, Instant createdAt) {}

    static final int SHOWN = 100;
    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queue(long endpointId, String msgId, WebhookEvent type, String payload, @Nullable Long candidateId, @Nullable Long applicationId) {
        jdbc.sql("""
                insert into webhook_deliveries (endpoint_id, msg_id, event_type, payload, candidate_id, application_id, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, now())""").params(endpointId, msgId, type.wire(), payload, candidateId, applicationId).update();
    }

    /**
     * Erasure: the deliveries about this candidate that have not gone out never will. Sent after
     * {@code candidate.erased}, in any order, they would have a receiver keep a record of the
     * person again. Those already delivered stay in the log: they hold ids only.
     */
    int cancelAbout(long candidateId, Long[] applicationIds) {
        return jdbc.sql("""
                update webhook_deliveries set status = 'CANCELLED', next_attempt_at = null
                where status = 'PENDING' and (candidate_id = ? or application_id = any(?))""").params(candidateId, applicationIds).update();
    }

    /**
     * Claims due rows of active endpoints (SKIP LOCKED, so two workers never take one row) by
     * pushing their next attempt out by a lease: if this node dies mid-attempt, the row comes due
     * again and another node sends it (at least once).
     */
    List<Claimed> claim(int limit, Duration lease) {
        return jdbc.sql("""
                update webhook_deliveries d set next_attempt_at = now() + ? * interval '1 millisecond'
                where d.id in (select w.id from webhook_deliveries w join webhook_endpoints e on e.id = w.endpoint_id
                               where w.status = 'PENDING' and w.next_attempt_at <= now() and e.active
                               order by w.next_attempt_at, w.id limit ? for update of w skip locked)
                returning d.id, d.endpoint_id, d.msg_id, d.payload, d.attempts, d.created_at""")
                .params(lease.toMillis(), limit)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant())).list();
    }

    void delivered(long id, int code, int latencyMs) {
        log(id, code, null, latencyMs);
        jdbc.sql("""
                update webhook_deliveries set status = 'DELIVERED', attempts = attempts + 1, last_code = ?, last_error = null,
                latency_ms = ?, next_attempt_at = null, delivered_at = now() where id = ?""").params(code, latencyMs, id).update();
    }

    /** A failed attempt; {@code retryIn} null means no more attempts (FAILED). */
    void failed(long id, @Nullable Integer code, @Nullable String error, int latencyMs, @Nullable Duration retryIn) {
        log(id, code, error, latencyMs);
        jdbc.sql("""
                update webhook_deliveries set status = ?, attempts = attempts + 1, last_code = ?, last_error = ?, latency_ms = ?,
                next_attempt_at = case when ?::bigint is null then null else now() + ?::bigint * interval '1 millisecond' end where id = ?""")
                .params(retryIn == null ? Status.FAILED.name() : Status.PENDING.name(), code, error, latencyMs,
                        retryIn == null ? null : retryIn.toMillis(), retryIn == null ? null : retryIn.toMillis(), id).update();
    }

    private void log(long id, @Nullable Integer code, @Nullable String error, int latencyMs) {
        jdbc.sql("insert into webhook_attempts (delivery_id, status_code, error, latency_ms) values (?, ?, ?, ?)")
                .params(id, code, error, latencyMs).update();
    }

    /** Queues a delivery again as a new row of the log: the same message (id and body), attempted from now. */
    long replay(long endpointId, long deliveryId) {
        Status status = jdbc.sql("select status from webhook_deliveries where id = ? and endpoint_id = ?").params(deliveryId, endpointId)
                .query((rs, n) -> Status.valueOf(rs.getString(1))).optional()
                .orElseThrow(() -> new NotFound("delivery", deliveryId));
        if (status == Status.CANCELLED) throw new Conflict("webhooks.replay.cancelled");
        return jdbc.sql("""
                insert into webhook_deliveries (endpoint_id, msg_id, event_type, payload, candidate_id, application_id, replay_of, next_attempt_at)
                select endpoint_id, msg_id, event_type, payload, candidate_id, application_id, id, now() from webhook_deliveries where id = ?
                returning id""").param(deliveryId).query(Long.class).single();
    }

    /** The endpoint's last deliveries, newest first, each with its attempts. */
    List<WebhookDelivery> of(long endpointId) {
        Map<Long, List<WebhookDelivery.Attempt>> attempts = new LinkedHashMap<>();
        jdbc.sql("""
                select a.delivery_id, a.attempted_at, a.status_code, a.error, a.latency_ms from webhook_attempts a
                where a.delivery_id in (select id from webhook_deliveries where endpoint_id = ? order by id desc limit ?) order by a.id""")
                .params(endpointId, SHOWN).query((ResultSet rs) -> {
                    attempts.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new WebhookDelivery.Attempt(rs.getTimestamp(2).toInstant(),
                            (Integer) rs.getObject(3), rs.getString(4), rs.getInt(5)));
                });
        return jdbc.sql("""
                select id, event_type, msg_id, status, attempts, last_code, last_error, latency_ms, next_attempt_at, created_at, delivered_at,
                replay_of from webhook_deliveries where endpoint_id = ? order by id desc limit ?""").params(endpointId, SHOWN)
                .query((rs, n) -> delivery(rs, attempts.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    private static WebhookDelivery delivery(ResultSet rs, List<WebhookDelivery.Attempt> log) throws SQLException {
        return new WebhookDelivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), (Integer) rs.getObject(6),
                rs.getString(7), (Integer) rs.getObject(8), instant(rs.getTimestamp(9)), rs.getTimestamp(10).toInstant(),
                instant(rs.getTimestamp(11)), (Long) rs.getObject(12), List.copyOf(log));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
