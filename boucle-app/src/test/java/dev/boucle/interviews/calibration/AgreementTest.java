package dev.boucle.interviews.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ICC(1) per round type: high when interviewers agree, near 0 when scores are noise, absent without data. */
class AgreementTest {

    static Rating coding(String scorecard, String candidate, String interviewer, double score) {
        return new Rating(scorecard, candidate, interviewer, "coding", score);
    }

    static Agreement codingAgreement(List<Rating> ratings) {
        return Calibration.compute(ratings, CalibrationSettings.defaults()).agreementByRoundType().get("coding");
    }

    @Test
    void interviewersWhoAgreeGiveAnIccAbove0_8() {
        // Abilities spread (sd 0.5), little noise (sd 0.1), no leniency.
        for (long seed = 11; seed <= 13; seed++) {
            SyntheticLoops loops = SyntheticLoops.generate(seed, 200, 20, 5, 2.5, 0.5, 0.0, 0.1);
            Agreement agreement = codingAgreement(loops.ratings);
            assertThat(agreement.icc()).isGreaterThan(0.8);
            assertThat(agreement.candidates()).isEqualTo(200);
            assertThat(agreement.scorecards()).isEqualTo(400);
            assertThat(agreement.method()).startsWith("ICC(1)");
        }
    }

    @Test
    void pureNoiseGivesAnIccNear0() {
        // Every candidate equally able: whatever differs between scorecards is noise. With pairs of
        // scorecards the sampling sd of ICC(1) is about sqrt(1 / candidates): 0.045 for 500, so 0.2 is
        // over four of them.
        for (long seed = 21; seed <= 23; seed++) {
            SyntheticLoops loops = SyntheticLoops.generate(seed, 500, 20, 5, 2.5, 0.0, 0.0, 0.5);
            assertThat(codingAgreement(loops.ratings).icc()).isBetween(-0.2, 0.2);
        }
    }

    @Test
    void iccMatchesTheFormulaWorkedByHand() {
        // Means 1.5, 3, 3.5 around 8/3: MSB = 13/6, MSW = 1/3, n0 = 2, ICC = (13/6 − 1/3) / (13/6 + 1/3) = 11/15.
        List<Rating> ratings = List.of(
                coding("s1", "c1", "i1", 1), coding("s2", "c1", "i2", 2),
                coding("s3", "c2", "i1", 3), coding("s4", "c2", "i3", 3),
                coding("s5", "c3", "i2", 4), coding("s6", "c3", "i3", 3));
        Agreement agreement = codingAgreement(ratings);
        assertThat(agreement.icc()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(agreement.explanation()).startsWith("ICC(1) 0.73 over 3 candidates").contains("(6 scorecards)");
    }

    @Test
    void fewerThanThreeCandidatesWithTwoScorecardsGiveNoIcc() {
        List<Rating> ratings = List.of(
                coding("s1", "c1", "i1", 1), coding("s2", "c1", "i2", 2),
                coding("s3", "c2", "i1", 3), coding("s4", "c2", "i3", 3),
                coding("s5", "c3", "i2", 4)); // c3 has one coding scorecard: not usable
        Agreement agreement = codingAgreement(ratings);
        assertThat(agreement.icc()).isNull();
        assertThat(agreement.candidates()).isEqualTo(2);
        assertThat(agreement.scorecards()).isEqualTo(4);
        assertThat(agreement.explanation()).startsWith("not enough data: 2 candidate(s)");
    }

    @Test
    void aRoundTypeWithOneScorecardPerCandidateGetsAnEntryWithoutIcc() {
        SyntheticLoops loops = SyntheticLoops.standard(1);
        Agreement manager = Calibration.compute(loops.ratings, CalibrationSettings.defaults())
                .agreementByRoundType().get("manager");
        assertThat(manager.icc()).isNull();
        assertThat(manager.candidates()).isZero();
        assertThat(manager.explanation()).startsWith("not enough data");
    }

    @Test
    void identicalScoresLeaveTheIccUndefined() {
        List<Rating> ratings = List.of(
                coding("s1", "c1", "i1", 3), coding("s2", "c1", "i2", 3),
                coding("s3", "c2", "i1", 3), coding("s4", "c2", "i3", 3),
                coding("s5", "c3", "i2", 3), coding("s6", "c3", "i3", 3));
        Agreement agreement = codingAgreement(ratings);
        assertThat(agreement.icc()).isNull();
        assertThat(agreement.candidates()).isEqualTo(3);
        assertThat(agreement.explanation()).startsWith("undefined: all 6 scorecards").contains("same score");
    }

    @Test
    void perfectAgreementBetweenDifferentCandidatesGivesAnIccOf1() {
        List<Rating> ratings = List.of(
                coding("s1", "c1", "i1", 1), coding("s2", "c1", "i2", 1),
                coding("s3", "c2", "i1", 2.5), coding("s4", "c2", "i3", 2.5),
                coding("s5", "c3", "i2", 4), coding("s6", "c3", "i3", 4));
        assertThat(codingAgreement(ratings).icc()).isCloseTo(1.0, within(1e-12));
    }
}
