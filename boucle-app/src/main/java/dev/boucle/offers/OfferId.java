package dev.boucle.offers;

/** The id of an offer, as it crosses into other modules (events, read APIs), so that ids of different things cannot be swapped. */
public record OfferId(long value) {

    public OfferId {
        if (value <= 0) throw new IllegalArgumentException("an id is positive: " + value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
