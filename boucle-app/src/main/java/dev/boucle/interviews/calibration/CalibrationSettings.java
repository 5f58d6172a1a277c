package dev.boucle.interviews.calibration;

/**
 * Knobs of the calibration.
 *
 * @param priorStrength pseudo-count of the shrinkage: the prior on each leniency is worth this many
 *                      scorecards that deviate by 0 from co-panelists. 0 means no shrinkage.
 * @param maxIterations cap on the alternating least-squares sweeps
 * @param tolerance     the fit stops once no leniency moves by more than this in a sweep
 */
public record CalibrationSettings(double priorStrength, int maxIterations, double tolerance) {

    /**
     * Prior worth 3 scorecards: a prior standard deviation of leniency of about 0.25 against a
     * scorecard noise of about 0.45 on the 1-4 scale (pseudo-count = noise variance / prior
     * variance = 0.2 / 0.0625 ≈ 3). An interviewer with 3 shared scorecards is then trusted about
     * half-way; one with 30 almost fully. Revisit once real data gives both variances.
     */
    public static final double DEFAULT_PRIOR_STRENGTH = 3.0;

    public CalibrationSettings {
        if (!(priorStrength >= 0) || Double.isInfinite(priorStrength)) {
            throw new IllegalArgumentException("priorStrength must be finite and >= 0, was " + priorStrength);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and > 0, was " + tolerance);
        }
    }

    /** Prior of 3 scorecards; 1000 sweeps; 1e-6, far below the 0.01 at which leniencies are shown. */
    public static CalibrationSettings defaults() {
        return new CalibrationSettings(DEFAULT_PRIOR_STRENGTH, 1000, 1e-6);
    }
}
