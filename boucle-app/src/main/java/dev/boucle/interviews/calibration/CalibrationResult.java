package dev.boucle.interviews.calibration;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything calibration computed. Maps are unmodifiable and sorted by key, so two runs on the same
 * scorecards print the same way (Map.copyOf would iterate in a per-JVM random order).
 */
public record CalibrationResult(Map<String, Leniency> leniencyByInterviewer,
        Map<String, Agreement> agreementByRoundType, Map<String, CalibratedScore> byScorecard) {

    public CalibrationResult {
        leniencyByInterviewer = sortedCopy(leniencyByInterviewer);
        agreementByRoundType = sortedCopy(agreementByRoundType);
        byScorecard = sortedCopy(byScorecard);
    }

    private static <V> Map<String, V> sortedCopy(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
