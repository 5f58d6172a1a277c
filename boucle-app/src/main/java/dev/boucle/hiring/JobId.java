package dev.boucle.hiring;

/**
 * The id of a job, as it crosses into other modules (events, read APIs), so that
 * ids of different things cannot be swapped. Any long: an id read from a request may name
 * nothing, which the lookup answers.
 */
public record JobId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
