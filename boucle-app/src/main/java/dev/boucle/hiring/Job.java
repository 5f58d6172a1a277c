package dev.boucle.hiring;

import java.time.Instant;

/** An open position: a track at a level in an office, owned by a hiring manager. */
public record Job(long id, String title, String track, String level, String office, Long hiringManagerId,
        String hiringManagerName, String status, Instant createdAt, Long createdBy) {}
