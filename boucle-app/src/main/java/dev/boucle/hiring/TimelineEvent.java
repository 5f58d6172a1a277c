package dev.boucle.hiring;

import java.time.Instant;

/** One entry of an application's timeline: who did what, when, and why. */
public record TimelineEvent(long id, EventType type, Instant at, Long actorId, String actor, String fromStage,
        String toStage, String fromStatus, String toStatus, String reason, Long roundId) {}
