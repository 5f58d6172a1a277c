package dev.boucle.interviews.calibration;

/**
 * A scorecard's score with the interviewer's leniency taken out. A computed figure, shown beside the
 * raw score and labelled as such; the raw score is never replaced, and people make the decision.
 *
 * @param scorecardId the scorecard
 * @param raw         the score as given, unchanged
 * @param calibrated  raw minus the interviewer's shrunk leniency, clamped to [1, 4]
 * @param explanation the arithmetic, e.g. "computed: raw 3.25 − leniency +0.40 (from 23 scorecards) = 2.85"
 */
public record CalibratedScore(String scorecardId, double raw, double calibrated, String explanation) {}
