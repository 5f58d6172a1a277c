package dev.boucle.interviews.calibration;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates each interviewer's leniency with the additive model
 * {@code score = candidate effect + interviewer leniency + noise}.
 *
 * <p>Candidate effects are free parameters (we make no assumption about who applies); leniencies get
 * the prior {@code N(0, σ² / priorStrength)}, σ² being the scorecard noise variance. The posterior
 * mode is the penalised least-squares fit
 * {@code min Σ (y − a_candidate − b_interviewer)² + priorStrength · Σ b²}, found by alternating
 * exact minimisation over the candidate effects and over the leniencies (Gauss-Seidel / backfitting).
 * Shrinking inside the fit, rather than after it, keeps a newcomer's noisy estimate from leaking into
 * their candidates' effects and from there into their co-panelists' leniencies.
 *
 * <p>Only candidates seen by at least two different interviewers enter the fit: a candidate seen by
 * one interviewer has a free effect that absorbs that score whole, so it says nothing about leniency.
 * Leniencies are comparable only inside a group of interviewers linked by shared candidates (a
 * connected component); each group is centred to mean zero, which is also where the penalised
 * optimum lies, and doing it every sweep removes the slowest-converging direction.
 */
final class LeniencyModel {

    private LeniencyModel() {}

    /** @param ratings sorted by scorecard id, ids unique */
    static Map<String, Leniency> estimate(List<Rating> ratings, CalibrationSettings settings) {
        PanelDesign design = PanelDesign.of(ratings);
        Fit fit = fit(design, settings);
        double[] rawDeviation = rawMeanDeviations(design);
        int[] componentSize = componentSizes(design);
        int componentCount = design.components().length;

        Map<String, Leniency> result = new LinkedHashMap<>();
        for (int j = 0; j < design.interviewers().length; j++) {
            String id = design.interviewers()[j];
            int shared = design.byInterviewer()[j].length;
            int total = design.totalByInterviewer()[j];
            if (shared == 0) {
                result.put(id, new Leniency(id, 0.0, null, 0, Scale.text(
                        "0.00: none of this interviewer's %d scorecard(s) is on a candidate anyone else "
                                + "interviewed, so there is nothing to compare with; leniency is taken as 0 "
                                + "and their scores are left as they are", total)));
                continue;
            }
            double estimate = Scale.hundredths(fit.leniency[j]);
            String shrinkage = settings.priorStrength() > 0
                    ? "shrunk toward 0 by a prior worth " + Scale.count(settings.priorStrength()) + " scorecard(s)"
                    : "not shrunk (prior strength 0)";
            StringBuilder why = new StringBuilder(Scale.text(
                    "%s from %d scorecard(s) on candidates also seen by other interviewers: fitted with "
                            + "score = candidate + leniency + noise, %s; simple mean deviation from co-panelists %s",
                    Scale.signed(estimate), shared, shrinkage, Scale.signed(rawDeviation[j])));
            if (total > shared) {
                why.append(Scale.text("; %d scorecard(s) on candidates nobody else saw carry no leniency "
                        + "information and were not used", total - shared));
            }
            if (componentCount > 1) {
                why.append(Scale.text("; compared only within a group of %d interviewers who share "
                        + "candidates (groups that never share one cannot be compared)", componentSize[j]));
            }
            if (!fit.converged) {
                why.append(Scale.text("; the fit stopped after %d sweep(s) before reaching the tolerance, "
                        + "treat with care", fit.sweeps));
            }
            result.put(id, new Leniency(id, estimate, rawDeviation[j], shared, why.toString()));
        }
        return result;
    }

    private record Fit(double[] leniency, int sweeps, boolean converged) {}

    private static Fit fit(PanelDesign d, CalibrationSettings settings) {
        int[] cand = d.candidateOf();
        int[] intv = d.interviewerOf();
        double[] y = d.score();
        double[] a = new double[d.byCandidate().length];
        double[] b = new double[d.interviewers().length];
        double prior = settings.priorStrength();
        for (int sweep = 1; sweep <= settings.maxIterations(); sweep++) {
            for (int c = 0; c < a.length; c++) {
                double sum = 0;
                for (int r : d.byCandidate()[c]) {
                    sum += y[r] - b[intv[r]];
                }
                a[c] = sum / d.byCandidate()[c].length;
            }
            double[] next = new double[b.length];
            for (int j = 0; j < b.length; j++) {
                int n = d.byInterviewer()[j].length;
                if (n == 0) {
                    continue;
                }
                double sum = 0;
                for (int r : d.byInterviewer()[j]) {
                    sum += y[r] - a[cand[r]];
                }
                next[j] = sum / (n + prior);
            }
            for (int[] component : d.components()) {
                double mean = 0;
                for (int j : component) {
                    mean += next[j];
                }
                mean /= component.length;
                for (int j : component) {
                    next[j] -= mean;
                }
            }
            double change = 0;
            for (int j = 0; j < b.length; j++) {
                change = Math.max(change, Math.abs(next[j] - b[j]));
            }
            b = next;
            if (change < settings.tolerance()) {
                return new Fit(b, sweep, true);
            }
        }
        return new Fit(b, settings.maxIterations(), false);
    }

    /** Own score minus the mean of the other interviewers' scores on the same candidate, averaged. */
    private static double[] rawMeanDeviations(PanelDesign d) {
        double[] sum = new double[d.interviewers().length];
        for (int[] rows : d.byCandidate()) {
            double total = 0;
            Map<Integer, double[]> own = new HashMap<>(); // interviewer -> {sum, count} on this candidate
            for (int r : rows) {
                total += d.score()[r];
                double[] acc = own.computeIfAbsent(d.interviewerOf()[r], k -> new double[2]);
                acc[0] += d.score()[r];
                acc[1]++;
            }
            for (int r : rows) {
                double[] acc = own.get(d.interviewerOf()[r]);
                double othersMean = (total - acc[0]) / (rows.length - acc[1]);
                sum[d.interviewerOf()[r]] += d.score()[r] - othersMean;
            }
        }
        for (int j = 0; j < sum.length; j++) {
            int n = d.byInterviewer()[j].length;
            sum[j] = n == 0 ? 0 : sum[j] / n;
        }
        return sum;
    }

    private static int[] componentSizes(PanelDesign d) {
        int[] size = new int[d.interviewers().length];
        for (int[] component : d.components()) {
            for (int j : component) {
                size[j] = component.length;
            }
        }
        return size;
    }
}
