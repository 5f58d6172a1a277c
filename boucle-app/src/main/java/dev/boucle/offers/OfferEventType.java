package dev.boucle.offers;

/** Each is one row of an offer's append-only history. */
public enum OfferEventType {
    CREATED, EDITED, SUBMITTED, APPROVED_WITHIN_POLICY, APPROVAL_GRANTED, APPROVAL_REFUSED, APPROVED, EXTENDED, ACCEPTED,
    DECLINED, EXPIRED
}
