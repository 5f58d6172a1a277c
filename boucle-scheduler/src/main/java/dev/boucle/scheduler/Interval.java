package dev.boucle.scheduler;

import java.time.Duration;
import java.time.Instant;

/** A half-open stretch of time [start, end) in UTC; zones only matter at the edges of the engine. */
public record Interval(Instant start, Instant end) {

    public boolean contains(Instant from, Instant to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }

    public boolean overlaps(Instant from, Instant to) {
        return from.isBefore(end) && start.isBefore(to);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
