package dev.boucle.interviews.calibration;

import java.util.Objects;

/**
 * One scorecard reduced to the single number calibration works on: the mean of its competency
 * scores, so a value in [1, 4]. The overall recommendation is deliberately left out: it is a
 * decision, not a measurement, and calibration must not touch decisions.
 *
 * @param scorecardId   unique per scorecard; results are keyed by it
 * @param candidateId   whose loop this is; scorecards of one candidate share a candidate effect,
 *                      so pass a per-loop id if a person went through several unrelated loops
 * @param interviewerId who wrote the scorecard
 * @param roundType     the kind of round (e.g. "coding"), used for agreement per round type
 * @param score         mean of the competency scores, in [1, 4]
 */
public record Rating(String scorecardId, String candidateId, String interviewerId, String roundType, double score) {

    public Rating {
        requireText(scorecardId, "scorecardId");
        requireText(candidateId, "candidateId");
        requireText(interviewerId, "interviewerId");
        requireText(roundType, "roundType");
        // Rejecting here rather than clamping: an out-of-scale score means the caller mapped the
        // scorecard wrongly, and silently repairing it would hide that.
        if (!(score >= Scale.MIN && score <= Scale.MAX)) {
            throw new IllegalArgumentException("score of scorecard " + scorecardId + " must be in ["
                    + Scale.MIN + ", " + Scale.MAX + "], was " + score);
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
