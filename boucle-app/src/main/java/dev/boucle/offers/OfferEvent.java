package dev.boucle.offers;

import java.time.Instant;

/**
 * One entry of an offer's history: who did what, when, from which state to which, and why (the
 * free-text note, and on a decline the reason from the closed set, when one was given).
 */
public record OfferEvent(long id, long offerId, OfferEventType type, OfferState from, OfferState to, Long actorId, String actor,
        String reason, DeclineReason declineReason, Instant at) {}
