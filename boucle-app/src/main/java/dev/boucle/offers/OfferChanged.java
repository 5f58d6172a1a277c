package dev.boucle.offers;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to an offer: created, edited, submitted, approved or refused by an
 * approver, extended, accepted, declined, expired. Published with the row of its history, in
 * the same transaction; {@code from} is null for a new offer.
 */
@DomainEvent
public record OfferChanged(OfferId offer, OfferEventType type, @Nullable OfferState from, @Nullable OfferState to, Instant at) {}
