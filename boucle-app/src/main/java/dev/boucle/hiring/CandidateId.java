package dev.boucle.hiring;

/** The id of a candidate, as it crosses into other modules (events, read APIs), so that ids of different things cannot be swapped. */
public record CandidateId(long value) {

    public CandidateId {
        if (value <= 0) throw new IllegalArgumentException("an id is positive: " + value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
