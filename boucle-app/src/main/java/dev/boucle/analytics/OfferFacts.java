package dev.boucle.analytics;

import dev.boucle.offers.OfferChanged;
import dev.boucle.offers.OfferEventType;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps when each offer was extended and how it was answered, after the change commits. The
 * first extension counts (a later one only moves the deadline); an answer is final. Upserts, so
 * a redelivered event changes nothing.
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
            jdbc.sql("""
                    insert into analytics_offers (offer_id, application_id, answered_at, outcome) values (?, ?, ?, ?)
                    on conflict (offer_id) do update set answered_at = excluded.answered_at, outcome = excluded.outcome""")
                    .params(offer, app, at, changed.type().name()).update();
        }
    }
}
