package dev.boucle.people;

/**
 * The id of a staff user, as it crosses into other modules (events, read APIs), so that
 * ids of different things cannot be swapped. Any long: an id read from a request may name
 * nothing, which the lookup answers.
 */
public record UserId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
