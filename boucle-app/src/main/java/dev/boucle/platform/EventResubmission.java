package dev.boucle.platform;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events between modules are delivered after the publisher's commit, to listeners that run in
 * transactions of their own. A listener that failed, or whose node died, leaves its publication
 * incomplete in {@code event_publication}; this job hands such publications to their listeners
 * again, on one node at a time. Listeners are therefore written to be idempotent.
 */
@Component
class EventResubmission {

    /** Younger publications may still be in flight on the node that published them. */
    static final Duration GRACE = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;
    private final OncePerCluster cluster;

    EventResubmission(IncompleteEventPublications incomplete, OncePerCluster cluster) {
        this.incomplete = incomplete;
        this.cluster = cluster;
    }

    @Scheduled(fixedDelayString = "${boucle.events.resubmit-ms:60000}", initialDelayString = "${boucle.events.resubmit-ms:60000}")
    void resubmit() {
        cluster.run("event-resubmission", () -> incomplete.resubmitIncompletePublicationsOlderThan(GRACE));
    }
}
