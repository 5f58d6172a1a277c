package dev.boucle.offers;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.people.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only offer_events table (a trigger refuses updates and deletes), and the OfferChanged event of each row. */
@Repository
class OfferHistory {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OfferHistory(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** {@code actorId} is null when Boucle itself acted (an offer expiring unanswered). */
    void append(long offerId, OfferEventType type, OfferState from, OfferState to, Long actorId, String actorName, String reason,
            Instant at) {
        append(offerId, type, from, to, actorId, actorName, reason, null, at);
    }

    /** {@code declineReason} only on a DECLINED row (the table refuses it on any other). */
    void append(long offerId, OfferEventType type, OfferState from, OfferState to, Long actorId, String actorName, String reason,
            DeclineReason declineReason, Instant at) {
        jdbc.sql("""
                insert into offer_events (offer_id, type, from_state, to_state, actor_id, actor_name, reason, decline_reason, at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(offerId, type.name(), from == null ? null : from.name(), to == null ? null : to.name(), actorId, actorName,
                        reason, declineReason == null ? null : declineReason.name(), Timestamp.from(at))
                .update();
        // Every change of an offer is a row here, so this is the one place that tells other modules.
        long application = jdbc.sql("select application_id from offers where id = ?").param(offerId).query(Long.class).single();
        events.publishEvent(new OfferChanged(new OfferId(offerId), new ApplicationId(application), type, from, to,
                actorId == null ? null : new UserId(actorId), at, declineReason));
    }

    List<OfferEvent> of(long offerId) {
        return jdbc.sql("select id, offer_id, type, from_state, to_state, actor_id, actor_name, reason, decline_reason, at from offer_events "
                        + "where offer_id = ? order by id")
                .param(offerId).query((rs, n) -> {
                    long actor = rs.getLong("actor_id");
                    boolean none = rs.wasNull();
                    String from = rs.getString("from_state");
                    String to = rs.getString("to_state");
                    String declined = rs.getString("decline_reason");
                    return new OfferEvent(rs.getLong("id"), rs.getLong("offer_id"), OfferEventType.valueOf(rs.getString("type")),
                            from == null ? null : OfferState.valueOf(from), to == null ? null : OfferState.valueOf(to),
                            none ? null : actor, rs.getString("actor_name"), rs.getString("reason"),
                            declined == null ? null : DeclineReason.valueOf(declined), rs.getTimestamp("at").toInstant());
                }).list();
    }
}
