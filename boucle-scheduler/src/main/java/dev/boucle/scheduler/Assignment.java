package dev.boucle.scheduler;

import java.time.Instant;

/** A placed round: who leads it, when, and the trainee shadowing it ({@code shadow}, nullable). */
public record Assignment(String round, String interviewer, Instant start, Instant end, String shadow) {
}
