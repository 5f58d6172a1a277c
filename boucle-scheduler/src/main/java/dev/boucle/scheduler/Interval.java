package dev.boucle.scheduler;

import java.time.Instant;

/** A half-open stretch of time [start, end) in UTC; zones only matter at the edges of the engine. */
public record Interval(Instant start, Instant end) {
}
