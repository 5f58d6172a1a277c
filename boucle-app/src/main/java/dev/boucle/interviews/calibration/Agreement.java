package dev.boucle.interviews.calibration;

/**
 * How much interviewers of one round type agree about the same candidate.
 *
 * @param roundType   the round type
 * @param icc         the intraclass correlation, or null when there is not enough data or it is undefined
 * @param candidates  candidates used: those with at least 2 scorecards of this round type
 * @param scorecards  scorecards used (of those candidates)
 * @param method      which coefficient was computed
 * @param explanation what the value means, or why there is none
 */
public record Agreement(String roundType, Double icc, int candidates, int scorecards, String method,
        String explanation) {}
