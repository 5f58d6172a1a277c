package dev.boucle.people;

/** The id of a staff user, as it crosses into other modules (events, read APIs), so that ids of different things cannot be swapped. */
public record UserId(long value) {

    public UserId {
        if (value <= 0) throw new IllegalArgumentException("an id is positive: " + value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
