package dev.boucle.interviews.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The estimator finds leniencies we planted. Data: 200 candidates with ability N(2.5, 0.5), 20
 * interviewers with leniencies evenly spaced over [-0.6, +0.6], 5 interviewers per candidate, noise
 * N(0, 0.3), scores clamped to [1, 4] and rounded to 0.25; default settings (prior worth 3).
 *
 * <p>Tolerance 0.15 per interviewer: each leniency rests on about 50 scorecards, so its standard error
 * is about 0.05 and 0.15 is three of them. Over 200 seeds the worst interviewer of a data set was
 * within 0.15 in about 95% of seeds (worst seen 0.18); on the three seeds below the worst is 0.11.
 * The mean absolute error, about 0.04, is held to 0.06.
 */
class LeniencyRecoveryTest {

    static final double TOLERANCE = 0.15;
    static final double MEAN_TOLERANCE = 0.06;
    static final double MIN_RANK_CORRELATION = 0.9;

    @TestFactory
    Stream<DynamicTest> recoversPlantedLeniencyOfEveryInterviewer() {
        return LongStream.of(1, 2, 3).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            SyntheticLoops loops = SyntheticLoops.standard(seed);
            CalibrationResult result = Calibration.compute(loops.ratings, CalibrationSettings.defaults());

            List<Double> truth = new ArrayList<>();
            List<Double> estimated = new ArrayList<>();
            double errorSum = 0;
            for (var planted : loops.trueLeniency.entrySet()) {
                Leniency leniency = result.leniencyByInterviewer().get(planted.getKey());
                assertThat(leniency.estimate())
                        .as("leniency of %s", planted.getKey())
                        .isBetween(planted.getValue() - TOLERANCE, planted.getValue() + TOLERANCE);
                truth.add(planted.getValue());
                estimated.add(leniency.estimate());
                errorSum += Math.abs(leniency.estimate() - planted.getValue());
            }
            assertThat(errorSum / truth.size()).as("mean absolute error").isLessThanOrEqualTo(MEAN_TOLERANCE);
            assertThat(spearman(truth, estimated)).isGreaterThanOrEqualTo(MIN_RANK_CORRELATION);
        }));
    }

    /** Spearman's rho: Pearson correlation of the ranks, ties sharing their average rank. */
    static double spearman(List<Double> x, List<Double> y) {
        return pearson(ranks(x), ranks(y));
    }

    private static double[] ranks(List<Double> values) {
        Integer[] order = new Integer[values.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (i, j) -> Double.compare(values.get(i), values.get(j)));
        double[] rank = new double[order.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values.get(order[end + 1]).equals(values.get(order[start]))) {
                end++;
            }
            for (int k = start; k <= end; k++) {
                rank[order[k]] = (start + end) / 2.0 + 1;
            }
            start = end + 1;
        }
        return rank;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
