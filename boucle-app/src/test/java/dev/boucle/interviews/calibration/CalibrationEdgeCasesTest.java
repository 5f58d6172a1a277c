package dev.boucle.interviews.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thin, odd or wrong input: the engine answers something honest or refuses clearly. */
class CalibrationEdgeCasesTest {

    static Rating rating(String scorecard, String candidate, String interviewer, double score) {
        return new Rating(scorecard, candidate, interviewer, "coding", score);
    }

    @Test
    void noScorecardsGiveAnEmptyResult() {
        CalibrationResult result = Calibration.compute(List.of(), CalibrationSettings.defaults());
        assertThat(result.leniencyByInterviewer()).isEmpty();
        assertThat(result.agreementByRoundType()).isEmpty();
        assertThat(result.byScorecard()).isEmpty();
    }

    @Test
    void aLoneInterviewerHasNoLeniencyAndTheirScoresStayAsGiven() {
        List<Rating> ratings = List.of(rating("s1", "c1", "solo", 2.5), rating("s2", "c1", "solo", 3.0),
                rating("s3", "c2", "solo", 3.75), rating("s4", "c3", "solo", 1.0));
        CalibrationResult result = Calibration.compute(ratings, CalibrationSettings.defaults());

        Leniency solo = result.leniencyByInterviewer().get("solo");
        assertThat(solo.estimate()).isZero();
        assertThat(solo.rawMeanDeviation()).isNull();
        assertThat(solo.scorecards()).isZero();
        assertThat(solo.explanation()).contains("nothing to compare with");
        for (Rating r : ratings) {
            CalibratedScore score = result.byScorecard().get(r.scorecardId());
            assertThat(score.calibrated()).isEqualTo(r.score());
            assertThat(score.explanation()).contains("leniency 0.00 (no scorecard shared with a co-panelist");
        }
    }

    @Test
    void anInterviewerOnlySeenAloneAmongOthersIsLeftUncalibrated() {
        List<Rating> ratings = new ArrayList<>(SyntheticLoops.standard(1).ratings);
        ratings.add(rating("hermit-1", "walk-in-1", "hermit", 4.0));
        ratings.add(rating("hermit-2", "walk-in-2", "hermit", 3.75));

        CalibrationResult result = Calibration.compute(ratings, CalibrationSettings.defaults());
        Leniency hermit = result.leniencyByInterviewer().get("hermit");
        assertThat(hermit.estimate()).isZero();
        assertThat(hermit.scorecards()).isZero();
        assertThat(hermit.rawMeanDeviation()).isNull();
        assertThat(result.byScorecard().get("hermit-1").calibrated()).isEqualTo(4.0);
    }

    @Test
    void candidatesWithOneScorecardCarryNoLeniencyInformation() {
        SyntheticLoops loops = SyntheticLoops.standard(2);
        CalibrationResult before = Calibration.compute(loops.ratings, CalibrationSettings.defaults());

        // interviewer-00 alone gives ten walk-in candidates the top score.
        List<Rating> ratings = new ArrayList<>(loops.ratings);
        for (int i = 0; i < 10; i++) {
            ratings.add(rating("walk-in-" + i, "walk-in-" + i, "interviewer-00", 4.0));
        }
        CalibrationResult after = Calibration.compute(ratings, CalibrationSettings.defaults());

        before.leniencyByInterviewer().forEach((id, leniency) -> {
            Leniency now = after.leniencyByInterviewer().get(id);
            assertThat(now.estimate()).as(id).isEqualTo(leniency.estimate());
            assertThat(now.scorecards()).as(id).isEqualTo(leniency.scorecards());
        });
        assertThat(after.leniencyByInterviewer().get("interviewer-00").explanation())
                .contains("10 scorecard(s) on candidates nobody else saw carry no leniency information");
        // They are still calibrated, with the leniency learnt elsewhere.
        double leniency = after.leniencyByInterviewer().get("interviewer-00").estimate();
        assertThat(after.byScorecard().get("walk-in-0").calibrated()).isCloseTo(Scale.clamp(4.0 - leniency), within(1e-12));
    }

    @Test
    void constantScoresGiveZeroLeniencyAndNoIcc() {
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            for (int k = 0; k < 3; k++) {
                ratings.add(rating("s" + c + k, "c" + c, "i" + ((c + k) % 4), 3.0));
            }
        }
        CalibrationResult result = Calibration.compute(ratings, CalibrationSettings.defaults());
        result.leniencyByInterviewer().values().forEach(l -> {
            assertThat(l.estimate()).isZero();
            assertThat(l.rawMeanDeviation()).isZero();
        });
        assertThat(result.agreementByRoundType().get("coding").icc()).isNull();
        assertThat(result.byScorecard().values()).allSatisfy(s -> assertThat(s.calibrated()).isEqualTo(3.0));
    }

    @Test
    void leniencyIsOnlyComparedWithinGroupsOfInterviewersWhoShareCandidates() {
        // Group a1/a2 and group b1/b2 never meet; b's scores are a point higher. That could be b's
        // leniency or b's better candidates: the data cannot tell, so each group is centred on its own.
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            ratings.add(rating("a1-" + c, "ca" + c, "a1", 1.5 + 0.25 * c));
            ratings.add(rating("a2-" + c, "ca" + c, "a2", 2.0 + 0.25 * c));
            ratings.add(rating("b1-" + c, "cb" + c, "b1", 2.5 + 0.25 * c));
            ratings.add(rating("b2-" + c, "cb" + c, "b2", 3.0 + 0.25 * c));
        }
        var leniency = Calibration.compute(ratings, CalibrationSettings.defaults()).leniencyByInterviewer();
        assertThat(leniency.get("a1").estimate()).isCloseTo(-leniency.get("a2").estimate(), within(1e-9));
        assertThat(leniency.get("b1").estimate()).isCloseTo(-leniency.get("b2").estimate(), within(1e-9));
        assertThat(leniency.get("a2").estimate()).isCloseTo(leniency.get("b2").estimate(), within(1e-9));
        assertThat(leniency.get("b2").explanation()).contains("within a group of 2 interviewers");
    }

    @Test
    void theSameScorecardsInAnyOrderGiveTheSameResult() {
        List<Rating> ratings = new ArrayList<>(SyntheticLoops.standard(3).ratings);
        CalibrationResult first = Calibration.compute(ratings, CalibrationSettings.defaults());
        Collections.shuffle(ratings, new Random(42));
        CalibrationResult second = Calibration.compute(ratings, CalibrationSettings.defaults());
        assertThat(second).isEqualTo(first);
        assertThat(List.copyOf(second.byScorecard().keySet())).isSorted();
    }

    @Test
    void aFitStoppedBeforeConvergingSaysSo() {
        var leniency = Calibration.compute(SyntheticLoops.standard(1).ratings, new CalibrationSettings(3, 1, 1e-12))
                .leniencyByInterviewer();
        assertThat(leniency.values()).allSatisfy(l -> assertThat(l.explanation()).contains("stopped after 1 sweep(s)"));
    }

    @Test
    void resultMapsCannotBeChanged() {
        CalibrationResult result = Calibration.compute(SyntheticLoops.standard(1).ratings, CalibrationSettings.defaults());
        assertThatThrownBy(() -> result.byScorecard().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void wrongInputIsRefusedWithAReason() {
        assertThatThrownBy(() -> rating("s1", "c1", "i1", 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s1");
        assertThatThrownBy(() -> rating("s1", "c1", "i1", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rating("s1", " ", "i1", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rating("s1", "c1", null, "coding", 2)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Calibration.compute(List.of(rating("s1", "c1", "i1", 2), rating("s1", "c2", "i2", 3)),
                CalibrationSettings.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s1");
        assertThatThrownBy(() -> new CalibrationSettings(-1, 10, 1e-6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibrationSettings(3, 0, 1e-6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibrationSettings(3, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEngineDependsOnNothingFromSpring() throws IOException {
        // The app uses it as a plain library; a Spring type would show in the class file's constant pool.
        for (Class<?> type : List.of(Calibration.class, CalibrationSettings.class, CalibrationResult.class,
                Rating.class, Leniency.class, Agreement.class, CalibratedScore.class, LeniencyModel.class,
                IntraclassCorrelation.class, PanelDesign.class, Scale.class)) {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                assertThat(in).as(type.getSimpleName()).isNotNull();
                String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(type.getSimpleName()).doesNotContain("org/springframework");
            }
        }
    }
}
