package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.RoundId;
import java.time.Instant;

/** An interview with a time: its round, its application, when it starts and ends. */
public record PlannedInterview(RoundId round, ApplicationId application, Instant start, Instant end) {}
