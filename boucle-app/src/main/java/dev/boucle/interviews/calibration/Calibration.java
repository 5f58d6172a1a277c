package dev.boucle.interviews.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entry point: scorecards in, leniencies, agreement per round type and calibrated scores out.
 *
 * <p>Pure and deterministic: no randomness, no clock, no shared state. The input is put in scorecard
 * order first, so the same scorecards give bit-for-bit the same result whatever order they come in.
 * Plain Java on purpose: the app calls it as a library, and it can be tested without Spring.
 */
public final class Calibration {

    /**
     * The model's version, kept with every calibrated score in the log of computed results: raise
     * it whenever the model, its arithmetic or its default settings change, so that a logged
     * score can be traced to the method that made it.
     */
    public static final String VERSION = "1";

    private Calibration() {}

    public static CalibrationResult compute(List<Rating> ratings, CalibrationSettings settings) {
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(settings, "settings");
        List<Rating> sorted = inScorecardOrder(ratings);

        Map<String, Leniency> leniency = LeniencyModel.estimate(sorted, settings);
        return new CalibrationResult(leniency, agreement(sorted), calibrated(sorted, leniency));
    }

    private static List<Rating> inScorecardOrder(List<Rating> ratings) {
        Set<String> seen = new HashSet<>();
        for (Rating r : ratings) {
            Objects.requireNonNull(r, "ratings must not contain null");
            if (!seen.add(r.scorecardId())) {
                // Two numbers for one scorecard would count one interviewer's opinion twice.
                throw new IllegalArgumentException("scorecard " + r.scorecardId() + " appears more than once");
            }
        }
        return ratings.stream().sorted(Comparator.comparing(Rating::scorecardId)).toList();
    }

    private static Map<String, Agreement> agreement(List<Rating> ratings) {
        Map<String, List<Rating>> byRoundType = new TreeMap<>();
        for (Rating r : ratings) {
            byRoundType.computeIfAbsent(r.roundType(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Agreement> result = new LinkedHashMap<>();
        byRoundType.forEach((roundType, rows) -> result.put(roundType, IntraclassCorrelation.of(roundType, rows)));
        return result;
    }

    private static Map<String, CalibratedScore> calibrated(List<Rating> ratings, Map<String, Leniency> leniency) {
        Map<String, CalibratedScore> result = new LinkedHashMap<>();
        for (Rating r : ratings) {
            result.put(r.scorecardId(), calibrate(r, leniency.get(r.interviewerId())));
        }
        return result;
    }

    /** Raw minus leniency, clamped to the scale; the text shows the same rounded numbers it used. */
    static CalibratedScore calibrate(Rating rating, Leniency leniency) {
        double raw = rating.score();
        double shifted = raw - leniency.estimate();
        double calibrated = Scale.clamp(shifted);
        String source = leniency.scorecards() == 0
                ? "no scorecard shared with a co-panelist to estimate it from"
                : Scale.text("from %d scorecard(s)", leniency.scorecards());
        String arithmetic = Scale.text("computed: raw %s %s leniency %s (%s) = %s", Scale.plain(raw), Scale.MINUS,
                Scale.signed(leniency.estimate()), source, Scale.plain(shifted));
        if (calibrated != shifted) {
            arithmetic += Scale.text(", clamped to the scale's %s", Scale.plain(calibrated));
        }
        return new CalibratedScore(rating.scorecardId(), raw, calibrated, arithmetic);
    }
}
