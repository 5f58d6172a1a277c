package dev.boucle.scheduling;

import java.time.Instant;

/** A half-open stretch of time [start, end) in UTC. */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        if (!end.isAfter(start)) throw new IllegalArgumentException("a time span ends after it starts");
    }

    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
