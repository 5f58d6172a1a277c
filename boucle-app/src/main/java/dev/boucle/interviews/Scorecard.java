package dev.boucle.interviews;

import dev.boucle.hiring.process.AiPolicy;
import java.time.Instant;
import java.util.Map;

/**
 * One version of an interviewer's scorecard for a round. Versions are never overwritten: an
 * edit is a new version, and the earlier one stays visible.
 */
public record Scorecard(long id, long roundId, long applicationId, long interviewerId, String interviewerName, int version,
        Map<String, Integer> ratings, Map<String, String> evidence, Recommendation recommendation, String summary,
        AiPolicy aiPolicy, String questionId, Integer questionVersion, Instant submittedAt, String amendmentReason) {

    public enum Recommendation { STRONG_NO, NO, YES, STRONG_YES }

    public Scorecard {
        ratings = Map.copyOf(ratings);
        evidence = Map.copyOf(evidence);
    }

    /** The same version with its interviewer's name, which the people module supplies. */
    Scorecard withInterviewerName(String name) {
        return new Scorecard(id, roundId, applicationId, interviewerId, name, version, ratings, evidence, recommendation, summary,
                aiPolicy, questionId, questionVersion, submittedAt, amendmentReason);
    }

    /** A version written after the stage's scorecards were revealed, with the reason given for it. */
    public boolean amendment() {
        return amendmentReason != null;
    }

    /** The mean of the competency scores: the one number calibration works with. */
    public double mean() {
        return ratings.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
