package dev.boucle.analytics;

import dev.boucle.offers.OfferChanged;
import dev.boucle.offers.OfferEventType;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps when each offer was extended and how it was answered (on a decline, why, when the
 * recruiter recorded it), after the change commits. The first extension counts (a later one only
 * moves the deadline); an answer is final. Upserts, so a redelivered event changes nothing.
 */
@Component
class OfferFacts {

    private final JdbcClient jdbc;

    OfferFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OfferChanged changed) {
        Timestamp at = Timestamp.from(changed.at());
        long offer = changed.offer().value(), app = changed.application().value();
        if (changed.type() == OfferEventType.EXTENDED) {
            jdbc.sql("""
                    insert into analytics_offers (offer_id, application_id, extended_at) values (?, ?, ?)
                    on conflict (offer_id) do update set extended_at = least(analytics_offers.extended_at, excluded.extended_at)""")
                    .params(offer, app, at).update();
        } else if (changed.type() == OfferEventType.ACCEPTED || changed.type() == OfferEventType.DECLINED
                || changed.type() == OfferEventType.EXPIRED) {
            // Only a decline carries a reason; stored by name, so this table needs no change when offers adds one.
            String reason = changed.type() == OfferEventType.DECLINED && changed.declineReason() != null
                    ? changed.declineReason().name() : null;
            jdbc.sql("""
                    insert into analytics_offers (offer_id, application_id, answered_at, outcome, decline_reason) values (?, ?, ?, ?, ?)
                    on conflict (offer_id) do update set answered_at = excluded.answered_at, outcome = excluded.outcome,
                      decline_reason = excluded.decline_reason""")
                    .params(offer, app, at, changed.type().name(), reason).update();
        }
    }
}
