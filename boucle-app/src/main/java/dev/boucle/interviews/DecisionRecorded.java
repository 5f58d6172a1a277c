package dev.boucle.interviews;

import java.time.Instant;

/** The final review's decision on an application (HIRE, NO_HIRE, MORE_DATA), by a named person. */
public record DecisionRecorded(long applicationId, String decision, long deciderId, Instant at) {}
