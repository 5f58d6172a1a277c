package dev.boucle.offers;

/** Where an offer stands. Accepted, declined and expired offers are closed: nothing moves them again. */
public enum OfferState {
    DRAFT, PENDING_APPROVAL, APPROVED, EXTENDED, ACCEPTED, DECLINED, EXPIRED;

    public boolean closed() {
        return this == ACCEPTED || this == DECLINED || this == EXPIRED;
    }
}
