package dev.boucle.interviews.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ICC(1), one-way random effects, single rater (Shrout and Fleiss 1979, case 1), for unbalanced
 * groups. One-way because each candidate meets different interviewers: interviewers are not crossed
 * with candidates, so their leniency is part of the disagreement, which is what we want to see.
 *
 * <pre>
 *   MSB = Σ n_i (mean_i − mean)² / (g − 1)        between candidates
 *   MSW = Σ_i Σ_k (y_ik − mean_i)² / (N − g)       within candidates
 *   n0  = (N − Σ n_i² / N) / (g − 1)               average panel size for unequal panels
 *   ICC(1) = (MSB − MSW) / (MSB + (n0 − 1) · MSW)
 * </pre>
 *
 * Computed on raw scores: agreement is about what interviewers actually wrote.
 */
final class IntraclassCorrelation {

    static final String METHOD = "ICC(1): one-way random effects, single scorecard, unbalanced panels";
    static final int MIN_CANDIDATES = 3;

    private IntraclassCorrelation() {}

    /** @param ratings scorecards of one round type */
    static Agreement of(String roundType, List<Rating> ratings) {
        Map<String, List<Double>> byCandidate = new TreeMap<>();
        for (Rating r : ratings) {
            byCandidate.computeIfAbsent(r.candidateId(), k -> new ArrayList<>()).add(r.score());
        }
        // A candidate with a single scorecard of this round has no within-candidate spread to compare.
        List<List<Double>> groups = byCandidate.values().stream().filter(g -> g.size() >= 2).toList();
        int g = groups.size();
        int n = groups.stream().mapToInt(List::size).sum();
        if (g < MIN_CANDIDATES) {
            return new Agreement(roundType, null, g, n, METHOD, Scale.text(
                    "not enough data: %d candidate(s) with at least 2 scorecards of this round type, "
                            + "at least %d are needed", g, MIN_CANDIDATES));
        }

        double grandSum = 0;
        double sumOfSquaredSizes = 0;
        for (List<Double> group : groups) {
            for (double y : group) {
                grandSum += y;
            }
            sumOfSquaredSizes += (double) group.size() * group.size();
        }
        double grandMean = grandSum / n;
        double between = 0;
        double within = 0;
        for (List<Double> group : groups) {
            double mean = group.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            between += group.size() * (mean - grandMean) * (mean - grandMean);
            for (double y : group) {
                within += (y - mean) * (y - mean);
            }
        }
        // Sums of squares of identical scores can come out as tiny round-off instead of 0.
        if (between + within < 1e-12) {
            return new Agreement(roundType, null, g, n, METHOD, Scale.text(
                    "undefined: all %d scorecards of these %d candidates have the same score, so there is "
                            + "no variance to split between candidates and interviewers", n, g));
        }
        double msb = between / (g - 1);
        double msw = within / (n - g);
        double n0 = (n - sumOfSquaredSizes / n) / (g - 1);
        double denominator = msb + (n0 - 1) * msw;
        if (!(denominator > 0)) {
            return new Agreement(roundType, null, g, n, METHOD, Scale.text(
                    "undefined: degenerate panel sizes (n0 %.2f) for %d candidates", n0, g));
        }
        double icc = (msb - msw) / denominator;
        String meaning = icc >= 0
                ? Scale.text("about %.0f%% of the variance of a single scorecard is between candidates, the rest "
                        + "is disagreement between interviewers and noise", 100 * icc)
                : "below 0: scorecards of the same candidate agree no more than scorecards of different "
                        + "candidates, i.e. no measurable agreement";
        return new Agreement(roundType, icc, g, n, METHOD, Scale.text(
                "ICC(1) %.2f over %d candidates with at least 2 scorecards of this round type (%d scorecards): "
                        + "%s (between-candidate mean square %.3f, within %.3f, average panel %.2f)",
                icc, g, n, meaning, msb, msw, n0));
    }
}
