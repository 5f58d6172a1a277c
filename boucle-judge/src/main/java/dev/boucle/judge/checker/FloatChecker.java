package dev.boucle.judge.checker;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Token comparison where numeric tokens match within an absolute OR relative tolerance
 * (|a - b| <= tol, or |a - b| <= tol * |b|), the usual contest rule. Non-numeric tokens must be equal.
 */
public final class FloatChecker implements Checker {
    // Plain decimal notation only: Double.parseDouble would also take "NaN", "0x1p3" or "1d".
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final double tolerance;

    public FloatChecker(double tolerance) {
        this.tolerance = tolerance;
    }

    @Override
    public CheckResult check(byte[] input, byte[] output, byte[] expected) {
        List<String> got = TokenChecker.tokens(output);
        List<String> want = TokenChecker.tokens(expected);
        if (got.size() != want.size()) {
            return CheckResult.rejected("expected " + want.size() + " tokens, got " + got.size());
        }
        for (int i = 0; i < want.size(); i++) {
            if (!matches(got.get(i), want.get(i))) {
                return CheckResult.rejected("token " + (i + 1) + " differs");
            }
        }
        return CheckResult.ACCEPTED;
    }

    private boolean matches(String got, String want) {
        if (!DECIMAL.matcher(want).matches()) {
            return got.equals(want);
        }
        if (!DECIMAL.matcher(got).matches()) {
            return false;
        }
        double a = Double.parseDouble(got);
        double b = Double.parseDouble(want);
        double diff = Math.abs(a - b);
        return diff <= tolerance || diff <= tolerance * Math.abs(b);
    }
}
