package dev.boucle.interviews.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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
        Design design = Design.of(ratings);
        Fit fit = fit(design, settings);
        double[] rawDeviation = rawMeanDeviations(design);
        int[] componentSize = componentSizes(design);
        int componentCount = design.components.length;

        Map<String, Leniency> result = new LinkedHashMap<>();
        for (int j = 0; j < design.interviewers.length; j++) {
            String id = design.interviewers[j];
            int shared = design.byInterviewer[j].length;
            int total = design.totalByInterviewer[j];
            if (shared == 0) {
                result.put(id, new Leniency(id, 0.0, null, 0, String.format(
                        "0.00: none of this interviewer's %d scorecard(s) is on a candidate anyone else "
                                + "interviewed, so there is nothing to compare with; leniency is taken as 0 "
                                + "and their scores are left as they are", total)));
                continue;
            }
            double estimate = Scale.hundredths(fit.leniency[j]);
            StringBuilder why = new StringBuilder(String.format(
                    "%s from %d scorecard(s) on candidates also seen by other interviewers: fitted with "
                            + "score = candidate + leniency + noise, shrunk toward 0 by a prior worth %s "
                            + "scorecard(s); simple mean deviation from co-panelists %s",
                    Scale.signed(estimate), shared, Scale.plain(settings.priorStrength()).replaceAll("\\.00$", ""),
                    Scale.signed(rawDeviation[j])));
            if (total > shared) {
                why.append(String.format("; %d scorecard(s) on candidates nobody else saw carry no leniency "
                        + "information and were not used", total - shared));
            }
            if (componentCount > 1) {
                why.append(String.format("; compared only within a group of %d interviewers who share "
                        + "candidates (groups that never share one cannot be compared)", componentSize[j]));
            }
            if (!fit.converged) {
                why.append(String.format("; the fit stopped after %d sweeps before reaching the tolerance, "
                        + "treat with care", fit.sweeps));
            }
            result.put(id, new Leniency(id, estimate, rawDeviation[j], shared, why.toString()));
        }
        return result;
    }

    private record Fit(double[] leniency, int sweeps, boolean converged) {}

    private static Fit fit(Design d, CalibrationSettings settings) {
        int[] cand = d.candidateOf;
        int[] intv = d.interviewerOf;
        double[] y = d.score;
        double[] a = new double[d.byCandidate.length];
        double[] b = new double[d.interviewers.length];
        double prior = settings.priorStrength();
        for (int sweep = 1; sweep <= settings.maxIterations(); sweep++) {
            for (int c = 0; c < a.length; c++) {
                double sum = 0;
                for (int r : d.byCandidate[c]) {
                    sum += y[r] - b[intv[r]];
                }
                a[c] = sum / d.byCandidate[c].length;
            }
            double[] next = new double[b.length];
            for (int j = 0; j < b.length; j++) {
                int n = d.byInterviewer[j].length;
                if (n == 0) {
                    continue;
                }
                double sum = 0;
                for (int r : d.byInterviewer[j]) {
                    sum += y[r] - a[cand[r]];
                }
                next[j] = sum / (n + prior);
            }
            for (int[] component : d.components) {
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
    private static double[] rawMeanDeviations(Design d) {
        double[] sum = new double[d.interviewers.length];
        for (int[] rows : d.byCandidate) {
            double total = 0;
            Map<Integer, double[]> own = new HashMap<>(); // interviewer -> {sum, count} on this candidate
            for (int r : rows) {
                total += d.score[r];
                double[] acc = own.computeIfAbsent(d.interviewerOf[r], k -> new double[2]);
                acc[0] += d.score[r];
                acc[1]++;
            }
            for (int r : rows) {
                double[] acc = own.get(d.interviewerOf[r]);
                double othersMean = (total - acc[0]) / (rows.length - acc[1]);
                sum[d.interviewerOf[r]] += d.score[r] - othersMean;
            }
        }
        for (int j = 0; j < sum.length; j++) {
            int n = d.byInterviewer[j].length;
            sum[j] = n == 0 ? 0 : sum[j] / n;
        }
        return sum;
    }

    private static int[] componentSizes(Design d) {
        int[] size = new int[d.interviewers.length];
        for (int[] component : d.components) {
            for (int j : component) {
                size[j] = component.length;
            }
        }
        return size;
    }

    /**
     * The fit's data as index arrays: interviewers (all of them, sorted), the shared candidates
     * (seen by two or more different interviewers), their scorecards, and the groups of interviewers
     * linked by shared candidates.
     */
    private record Design(String[] interviewers, int[] totalByInterviewer, int[] candidateOf, int[] interviewerOf,
            double[] score, int[][] byCandidate, int[][] byInterviewer, int[][] components) {

        static Design of(List<Rating> ratings) {
            TreeMap<String, Integer> interviewerIndex = new TreeMap<>();
            TreeMap<String, List<Rating>> byCandidateId = new TreeMap<>();
            for (Rating r : ratings) {
                interviewerIndex.put(r.interviewerId(), 0);
                byCandidateId.computeIfAbsent(r.candidateId(), k -> new ArrayList<>()).add(r);
            }
            String[] interviewers = interviewerIndex.keySet().toArray(String[]::new);
            for (int j = 0; j < interviewers.length; j++) {
                interviewerIndex.put(interviewers[j], j);
            }
            int[] total = new int[interviewers.length];
            for (Rating r : ratings) {
                total[interviewerIndex.get(r.interviewerId())]++;
            }

            List<Integer> candOf = new ArrayList<>();
            List<Integer> intvOf = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            List<int[]> byCandidate = new ArrayList<>();
            for (List<Rating> seen : byCandidateId.values()) {
                TreeSet<String> distinct = new TreeSet<>();
                seen.forEach(r -> distinct.add(r.interviewerId()));
                if (distinct.size() < 2) {
                    continue;
                }
                int c = byCandidate.size();
                int[] rows = new int[seen.size()];
                for (int i = 0; i < seen.size(); i++) {
                    rows[i] = scores.size();
                    candOf.add(c);
                    intvOf.add(interviewerIndex.get(seen.get(i).interviewerId()));
                    scores.add(seen.get(i).score());
                }
                byCandidate.add(rows);
            }
            int[] candidateOf = candOf.stream().mapToInt(Integer::intValue).toArray();
            int[] interviewerOf = intvOf.stream().mapToInt(Integer::intValue).toArray();
            double[] score = scores.stream().mapToDouble(Double::doubleValue).toArray();

            List<List<Integer>> rowsOfInterviewer = new ArrayList<>();
            for (int j = 0; j < interviewers.length; j++) {
                rowsOfInterviewer.add(new ArrayList<>());
            }
            for (int r = 0; r < score.length; r++) {
                rowsOfInterviewer.get(interviewerOf[r]).add(r);
            }
            int[][] byInterviewer = rowsOfInterviewer.stream()
                    .map(rows -> rows.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);

            int[][] components = components(byCandidate.size(), interviewers.length, candidateOf, interviewerOf,
                    byInterviewer);
            return new Design(interviewers, total, candidateOf, interviewerOf, score,
                    byCandidate.toArray(int[][]::new), byInterviewer, components);
        }

        /** Union-find over candidates (0..C-1) and interviewers (C..C+J-1) joined by scorecards. */
        private static int[][] components(int candidates, int interviewers, int[] candidateOf, int[] interviewerOf,
                int[][] byInterviewer) {
            int[] parent = new int[candidates + interviewers];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int r = 0; r < candidateOf.length; r++) {
                int x = root(parent, candidateOf[r]);
                int z = root(parent, candidates + interviewerOf[r]);
                if (x != z) {
                    parent[Math.max(x, z)] = Math.min(x, z);
                }
            }
            Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
            for (int j = 0; j < interviewers; j++) {
                if (byInterviewer[j].length > 0) {
                    byRoot.computeIfAbsent(root(parent, candidates + j), k -> new ArrayList<>()).add(j);
                }
            }
            return byRoot.values().stream()
                    .map(members -> members.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }

        private static int root(int[] parent, int node) {
            while (parent[node] != node) {
                parent[node] = parent[parent[node]];
                node = parent[node];
            }
            return node;
        }
    }
}
