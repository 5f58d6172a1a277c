package dev.boucle.interviews;

import dev.boucle.interviews.calibration.Calibration;
import dev.boucle.interviews.calibration.CalibrationResult;
import dev.boucle.interviews.calibration.CalibrationSettings;
import dev.boucle.interviews.calibration.Rating;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration over every latest scorecard: interviewers' leniency, agreement per round type,
 * and calibrated scores. Computed, labelled as such, and never used to decide anything.
 */
@Service
public class Calibrated {

    private final ScorecardStore store;

    Calibrated(ScorecardStore store) {
        this.store = store;
    }

    /** A scorecard reduced to what calibration needs. */
    /** A scorecard reduced to what calibration needs; the "candidate" is the loop (application). */
    record Input(long scorecardId, long candidateId, long interviewerId, String roundType, double mean) {}

    @Transactional(readOnly = true)
    public CalibrationResult current() {
        List<Rating> ratings = store.latestForCalibration().stream().filter(i -> i.mean() >= 1)
                .map(i -> new Rating(String.valueOf(i.scorecardId()), String.valueOf(i.candidateId()),
                        String.valueOf(i.interviewerId()), i.roundType(), i.mean()))
                .toList();
        return Calibration.compute(ratings, CalibrationSettings.defaults());
    }
}
