package dev.boucle.offers;

import dev.boucle.platform.OncePerCluster;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires the extended offers nobody answered: once the respond-by date has passed in the
 * offer's office, the offer moves to EXPIRED through the same state machine as a recruiter's
 * move, with Boucle as the actor. Rows are locked and those another host holds are skipped, so
 * each offer expires once however many hosts run the job.
 */
@Component
class OfferExpiry {

    /** The name the history shows for what Boucle did by itself. */
    static final String ACTOR = "Boucle";
    private final Offers offers;
    private final OfferHistory history;
    private final OfficeCalendar calendar;
    private final Clock clock;
    private final OncePerCluster cluster;
    private final TransactionTemplate tx;

    OfferExpiry(Offers offers, OfferHistory history, OfficeCalendar calendar, Clock clock, OncePerCluster cluster,
            TransactionTemplate tx) {
        this.offers = offers;
        this.history = history;
        this.calendar = calendar;
        this.clock = clock;
        this.cluster = cluster;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${boucle.offers.expiry-poll-ms:600000}", initialDelayString = "${boucle.offers.expiry-poll-ms:600000}")
    public void scheduled() {
        // A call from inside the bean skips its @Transactional proxy: the template gives the one transaction.
        cluster.run("offer-expiry", () -> tx.executeWithoutResult(s -> expireDue(clock.instant())));
    }

    /** Expires the offers overdue at {@code now}; returns how many. */
    @Transactional
    public int expireDue(Instant now) {
        int expired = 0;
        for (Offer offer : offers.lockOverdue(calendar.todayEverywhere(now), LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            if (OfferLifecycle.decide(offer.state(), OfferAction.EXPIRE, false) instanceof OfferLifecycle.Outcome.Moved m) {
                offers.moveTo(offer.id(), m.next(), now);
                history.append(offer.id(), m.event(), offer.state(), m.next(), null, ACTOR, "no answer by " + offer.respondBy(), now);
                expired++;
            }
        }
        return expired;
    }
}
