package dev.boucle.interviews.calibration;

/**
 * How much higher (+) or lower (−) an interviewer scores than their co-panelists would on the same
 * candidates.
 *
 * @param interviewerId      the interviewer
 * @param estimate           the shrunk model estimate, rounded to 0.01; this is what calibration subtracts.
 *                           0 when the interviewer never shared a candidate with anyone.
 * @param rawMeanDeviation   the plain mean of (own score − mean of other interviewers' scores on the
 *                           same candidate), shown for transparency; null when there is no co-panelist
 * @param scorecards         scorecards behind the estimate: those on candidates also seen by someone else
 * @param explanation        how the estimate came about, in words
 */
public record Leniency(String interviewerId, double estimate, Double rawMeanDeviation, int scorecards,
        String explanation) {}
