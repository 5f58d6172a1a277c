package dev.boucle.scheduler;

import java.time.Instant;

/** Who leads a round and when it starts: a pinned or already published choice. */
public record Placement(String interviewer, Instant start) {
}
