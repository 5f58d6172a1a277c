package dev.boucle.interviews;

import java.time.Instant;

/** An interview with a time: its round, its application, when it starts and ends. */
public record PlannedInterview(long roundId, long applicationId, Instant start, Instant end) {}
