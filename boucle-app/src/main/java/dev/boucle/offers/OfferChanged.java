package dev.boucle.offers;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.people.UserId;
import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to an offer: created, edited, submitted, approved or refused by an
 * approver, extended, accepted, declined, expired. Published with the row of its history, in
 * the same transaction; {@code from} is null for a new offer, {@code actor} when Boucle acted (an
 * offer expiring). It names the application so listeners (the audit log) need not ask.
 * {@code declineReason} is set on a DECLINED event when the recruiter recorded why (null
 * otherwise), so analytics can count the reasons without reading offers' tables.
 */
@DomainEvent
public record OfferChanged(OfferId offer, ApplicationId application, OfferEventType type, @Nullable OfferState from,
        @Nullable OfferState to, @Nullable UserId actor, Instant at, @Nullable DeclineReason declineReason) {}
