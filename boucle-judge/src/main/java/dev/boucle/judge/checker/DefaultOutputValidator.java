package dev.boucle.judge.checker;

import dev.boucle.judge.problem.ValidatorFlags;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Kattis default output validator's rules, so that an imported problem judges as it did at its
 * source: the output and the answer are compared token by token; letters ignore case unless
 * {@code case_sensitive}; any run of whitespace equals any other unless {@code space_change_sensitive};
 * and, once a tolerance is set, an answer token that is a number accepts any number within the
 * absolute OR the relative tolerance, in any notation ({@code 0.0314} and {@code 3.14e-2}).
 * {@code inf}, {@code infinity} and {@code nan} in any case and with a sign are numbers too: an
 * infinite answer wants the same infinity, a NaN answer wants a NaN.
 */
public final class DefaultOutputValidator implements Checker {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private final ValidatorFlags flags;

    public DefaultOutputValidator(ValidatorFlags flags) {
        this.flags = flags;
    }

    @Override
    public CheckResult check(byte[] input, byte[] output, byte[] expected) {
        List<String> got = runs(output);
        List<String> want = runs(expected);
        int token = 0;
        int common = Math.min(got.size(), want.size());
        for (int i = 0; i < common; i++) {
            String g = got.get(i);
            String w = want.get(i);
            boolean space = isSpace(w);
            if (space != isSpace(g)) {
                // Only reachable when whitespace counts: one side has a space where the other has a token.
                return CheckResult.rejected("whitespace differs after token " + token);
            }
            if (space) {
                if (!g.equals(w)) {
                    return CheckResult.rejected("whitespace differs after token " + token);
                }
                continue;
            }
            token++;
            String problem = compare(g, w);
            if (problem != null) {
                return CheckResult.rejected("token " + token + " " + problem);
            }
        }
        if (got.size() != want.size()) {
            long wantTokens = want.stream().filter(r -> !isSpace(r)).count();
            long gotTokens = got.stream().filter(r -> !isSpace(r)).count();
            if (wantTokens == gotTokens) {
                return CheckResult.rejected("whitespace differs after token " + token);
            }
            return CheckResult.rejected("expected " + wantTokens + " tokens, got " + gotTokens);
        }
        return CheckResult.ACCEPTED;
    }

    /** Why the token is wrong, or null; never the expected value, which is hidden. */
    private String compare(String got, String want) {
        if (flags.comparesNumbers()) {
            var expected = number(want);
            if (expected != null) {
                var actual = number(got);
                if (actual == null) {
                    return "is not a number";
                }
                return withinTolerance(actual, expected) ? null : "is outside the tolerance";
            }
        }
        boolean same = flags.caseSensitive() ? got.equals(want) : got.equalsIgnoreCase(want);
        return same ? null : "differs";
    }

    private boolean withinTolerance(double got, double want) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        if (Double.isInfinite(want) || Double.isInfinite(got)) {
            return got == want;
        }
        double diff = Math.abs(got - want);
        return flags.absoluteTolerance().isPresent() && diff <= flags.absoluteTolerance().getAsDouble()
                || flags.relativeTolerance().isPresent() && diff <= flags.relativeTolerance().getAsDouble() * Math.abs(want);
    }

    /** The token's value if it is a number; Double.parseDouble alone would also take "0x1p3" or "1d". */
    static Double number(String token) {
        if (DECIMAL.matcher(token).matches()) {
            return Double.parseDouble(token);
        }
        if (SPECIAL.matcher(token).matches()) {
            String t = token.toLowerCase(Locale.ROOT);
            if (t.endsWith("nan")) return Double.NaN;
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /**
     * Alternating runs of whitespace and of other characters. When whitespace does not count the
     * runs of whitespace are dropped, so only tokens remain.
     */
    private List<String> runs(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean space = isSpace(text.charAt(i));
            while (i < text.length() && isSpace(text.charAt(i)) == space) i++;
            if (!space || flags.spaceChangeSensitive()) {
                runs.add(text.substring(start, i));
            }
        }
        return runs;
    }

    private static boolean isSpace(String run) {
        return !run.isEmpty() && isSpace(run.charAt(0));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
