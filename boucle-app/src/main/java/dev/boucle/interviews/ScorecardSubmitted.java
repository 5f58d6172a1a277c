package dev.boucle.interviews;

import java.time.Instant;

/** A panelist's scorecard (a first version, or an amendment after the reveal) was recorded. */
public record ScorecardSubmitted(long roundId, long applicationId, long interviewerId, boolean amendment, Instant at) {}
