package dev.boucle.interviews.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Calibrated scores take leniency out, shrinkage holds back thin evidence, raw scores stay as given. */
class CalibrationTest {

    @Test
    void calibrationShrinksTheSpreadOfInterviewersMeanScores() {
        SyntheticLoops loops = SyntheticLoops.standard(1);
        CalibrationResult result = Calibration.compute(loops.ratings, CalibrationSettings.defaults());

        Map<String, List<Double>> raw = new TreeMap<>();
        Map<String, List<Double>> calibrated = new TreeMap<>();
        for (Rating r : loops.ratings) {
            raw.computeIfAbsent(r.interviewerId(), k -> new ArrayList<>()).add(r.score());
            calibrated.computeIfAbsent(r.interviewerId(), k -> new ArrayList<>())
                    .add(result.byScorecard().get(r.scorecardId()).calibrated());
        }
        double rawSpread = spreadOfMeans(raw);
        double calibratedSpread = spreadOfMeans(calibrated);
        // Raw means differ mostly by leniency (sd about 0.37); what is left is which candidates each one met.
        assertThat(calibratedSpread).isLessThan(rawSpread / 2);
    }

    @Test
    void aCalibratedScoreIsRawMinusLeniencyAndSaysSo() {
        SyntheticLoops loops = SyntheticLoops.standard(2);
        CalibrationResult result = Calibration.compute(loops.ratings, CalibrationSettings.defaults());
        for (Rating r : loops.ratings) {
            CalibratedScore score = result.byScorecard().get(r.scorecardId());
            Leniency leniency = result.leniencyByInterviewer().get(r.interviewerId());
            assertThat(score.raw()).isEqualTo(r.score());
            assertThat(score.calibrated()).isCloseTo(Scale.clamp(r.score() - leniency.estimate()), within(1e-12));
            assertThat(score.explanation()).startsWith("computed: raw " + Scale.plain(r.score()) + " − leniency "
                    + Scale.signed(leniency.estimate()) + " (from " + leniency.scorecards() + " scorecard(s)) = ");
        }
        assertThat(result.byScorecard()).hasSize(loops.ratings.size());
    }

    @Test
    void theExplanationShowsArithmeticThatAddsUp() {
        Rating rating = new Rating("s1", "c1", "kind", "coding", 3.25);
        Leniency leniency = new Leniency("kind", 0.40, 0.52, 23, "…");
        CalibratedScore score = Calibration.calibrate(rating, leniency);
        assertThat(score.calibrated()).isCloseTo(2.85, within(1e-12));
        assertThat(score.explanation()).isEqualTo("computed: raw 3.25 − leniency +0.40 (from 23 scorecard(s)) = 2.85");

        CalibratedScore severe = Calibration.calibrate(rating, new Leniency("harsh", -0.30, -0.35, 12, "…"));
        assertThat(severe.explanation()).isEqualTo("computed: raw 3.25 − leniency −0.30 (from 12 scorecard(s)) = 3.55");
    }

    @Test
    void aCalibratedScoreIsClampedToTheScale() {
        // "harsh" scores one point under "kind" on five candidates, then gives a 4.
        List<Rating> ratings = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            ratings.add(new Rating("harsh-" + c, "c" + c, "harsh", "coding", 3.0));
            ratings.add(new Rating("kind-" + c, "c" + c, "kind", "coding", 4.0));
        }
        ratings.add(new Rating("harsh-6", "c6", "harsh", "coding", 4.0));
        ratings.add(new Rating("kind-6", "c6", "kind", "coding", 4.0));

        CalibrationResult result = Calibration.compute(ratings, CalibrationSettings.defaults());
        assertThat(result.leniencyByInterviewer().get("harsh").estimate()).isNegative();
        CalibratedScore top = result.byScorecard().get("harsh-6");
        assertThat(top.raw()).isEqualTo(4.0);
        assertThat(top.calibrated()).isEqualTo(4.0);
        assertThat(top.explanation()).endsWith(", clamped to the scale's 4.00");
    }

    @Test
    void anInterviewerWithTwoScorecardsIsShrunkTowardZero() {
        SyntheticLoops loops = SyntheticLoops.standard(3);
        List<Rating> ratings = new ArrayList<>(loops.ratings);
        // A newcomer joins two panels and scores a full point above the others' mean.
        Map<String, List<Double>> byCandidate = new TreeMap<>();
        loops.ratings.forEach(r -> byCandidate.computeIfAbsent(r.candidateId(), k -> new ArrayList<>()).add(r.score()));
        byCandidate.entrySet().stream()
                .filter(e -> mean(e.getValue()) <= 2.75)
                .limit(2)
                .forEach(e -> ratings.add(new Rating("newcomer/" + e.getKey(), e.getKey(), "newcomer", "manager",
                        SyntheticLoops.quarter(mean(e.getValue()) + 1.0))));

        Leniency shrunk = Calibration.compute(ratings, CalibrationSettings.defaults())
                .leniencyByInterviewer().get("newcomer");
        Leniency unshrunk = Calibration.compute(ratings, new CalibrationSettings(0, 1000, 1e-6))
                .leniencyByInterviewer().get("newcomer");

        assertThat(shrunk.scorecards()).isEqualTo(2);
        assertThat(shrunk.rawMeanDeviation()).isCloseTo(1.0, within(0.15));
        assertThat(shrunk.estimate()).isPositive();
        assertThat(Math.abs(shrunk.estimate())).isLessThan(Math.abs(shrunk.rawMeanDeviation()));
        assertThat(Math.abs(shrunk.estimate())).isLessThan(Math.abs(unshrunk.estimate()));
        assertThat(shrunk.explanation()).contains("from 2 scorecard(s)").contains("prior worth 3 scorecard(s)");
    }

    @Test
    void interviewersWithManyScorecardsAreBarelyShrunk() {
        SyntheticLoops loops = SyntheticLoops.standard(1);
        Map<String, Leniency> shrunk = Calibration.compute(loops.ratings, CalibrationSettings.defaults())
                .leniencyByInterviewer();
        Map<String, Leniency> unshrunk = Calibration.compute(loops.ratings, new CalibrationSettings(0, 1000, 1e-6))
                .leniencyByInterviewer();
        for (String id : loops.trueLeniency.keySet()) {
            assertThat(shrunk.get(id).scorecards()).isGreaterThan(30);
            assertThat(Math.abs(shrunk.get(id).estimate())).isLessThanOrEqualTo(Math.abs(unshrunk.get(id).estimate()));
            assertThat(shrunk.get(id).estimate()).isCloseTo(unshrunk.get(id).estimate(), within(0.05));
        }
    }

    @Test
    void anInterviewerWhoAlwaysSitsWithALenientColleagueIsNotMadeToLookHarsh() {
        // "steady" (true leniency 0) is always on a panel with "kind" (+0.5). The plain deviation from
        // co-panelists blames steady for kind's leniency; the model learns kind's leniency from kind's
        // other panels and takes it out. True leniencies: kind +0.5, harsh −0.5, everyone else 0.
        Random random = new Random(7);
        Map<String, Double> truth = new TreeMap<>(Map.of("kind", 0.5, "harsh", -0.5, "steady", 0.0));
        List<String> neutrals = List.of("n1", "n2", "n3", "n4", "n5", "n6");
        neutrals.forEach(n -> truth.put(n, 0.0));
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < 120; c++) {
            List<String> panel = new ArrayList<>();
            if (c % 2 == 0) {
                List<String> pool = new ArrayList<>(neutrals);
                Collections.shuffle(pool, random);
                panel.addAll(List.of("steady", "kind", pool.get(0), pool.get(1)));
            } else {
                List<String> pool = new ArrayList<>(truth.keySet());
                pool.remove("steady");
                Collections.shuffle(pool, random);
                panel.addAll(pool.subList(0, 4));
            }
            double ability = 2.5 + 0.4 * random.nextGaussian();
            for (String interviewer : panel) {
                double score = ability + truth.get(interviewer) + 0.2 * random.nextGaussian();
                ratings.add(new Rating("c" + c + "/" + interviewer, "c" + c, interviewer, "coding",
                        SyntheticLoops.quarter(Scale.clamp(score))));
            }
        }
        Leniency steady = Calibration.compute(ratings, CalibrationSettings.defaults()).leniencyByInterviewer().get("steady");
        assertThat(steady.rawMeanDeviation()).isLessThan(-0.1);
        assertThat(steady.estimate()).isCloseTo(0.0, within(0.06));
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static double spreadOfMeans(Map<String, List<Double>> byInterviewer) {
        List<Double> means = byInterviewer.values().stream().map(CalibrationTest::mean).toList();
        double grand = mean(means);
        double squares = 0;
        for (double m : means) {
            squares += (m - grand) * (m - grand);
        }
        return Math.sqrt(squares / (means.size() - 1));
    }
}
