package dev.boucle.judge.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The options of the Kattis default output validator, as written in a package's
 * {@code validator_flags}: {@code case_sensitive}, {@code space_change_sensitive},
 * {@code float_tolerance E}, {@code float_absolute_tolerance E}, {@code float_relative_tolerance E}.
 * Without a tolerance numbers are ordinary tokens; {@code float_tolerance} sets both tolerances.
 */
public record ValidatorFlags(boolean caseSensitive, boolean spaceChangeSensitive,
                             OptionalDouble absoluteTolerance, OptionalDouble relativeTolerance) {

    public static final ValidatorFlags DEFAULT = new ValidatorFlags(false, false, OptionalDouble.empty(), OptionalDouble.empty());

    public ValidatorFlags {
        check(absoluteTolerance, "float_absolute_tolerance");
        check(relativeTolerance, "float_relative_tolerance");
    }

    /** Reads the space-separated flags; an unknown word or a missing or bad number is an error naming it. */
    public static ValidatorFlags parse(String flags) {
        boolean caseSensitive = false;
        boolean spaceSensitive = false;
        OptionalDouble absolute = OptionalDouble.empty();
        OptionalDouble relative = OptionalDouble.empty();
        String trimmed = flags == null ? "" : flags.strip();
        String[] words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            switch (word) {
                case "case_sensitive" -> caseSensitive = true;
                case "space_change_sensitive" -> spaceSensitive = true;
                case "float_tolerance", "float_absolute_tolerance", "float_relative_tolerance" -> {
                    if (i + 1 >= words.length) {
                        throw new IllegalArgumentException("validator flag " + word + " needs a number");
                    }
                    double value = number(word, words[++i]);
                    if (!word.equals("float_relative_tolerance")) absolute = OptionalDouble.of(value);
                    if (!word.equals("float_absolute_tolerance")) relative = OptionalDouble.of(value);
                }
                default -> throw new IllegalArgumentException("unknown validator flag '" + clip(word) + "' (known: "
                        + "case_sensitive, space_change_sensitive, float_tolerance, float_absolute_tolerance, "
                        + "float_relative_tolerance)");
            }
        }
        return new ValidatorFlags(caseSensitive, spaceSensitive, absolute, relative);
    }

    public boolean comparesNumbers() {
        return absoluteTolerance.isPresent() || relativeTolerance.isPresent();
    }

    /** The canonical flags string, as {@link #parse} reads it back. */
    public String toFlags() {
        List<String> words = new ArrayList<>();
        if (caseSensitive) words.add("case_sensitive");
        if (spaceChangeSensitive) words.add("space_change_sensitive");
        if (absoluteTolerance.isPresent() && absoluteTolerance.equals(relativeTolerance)) {
            words.add("float_tolerance " + absoluteTolerance.getAsDouble());
        } else {
            absoluteTolerance.ifPresent(t -> words.add("float_absolute_tolerance " + t));
            relativeTolerance.ifPresent(t -> words.add("float_relative_tolerance " + t));
        }
        return String.join(" ", words);
    }

    private static double number(String flag, String text) {
        try {
            double value = Double.parseDouble(text);
            check(OptionalDouble.of(value), flag);
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("validator flag " + flag + " needs a number, not '" + clip(text) + "'");
        }
    }

    private static void check(OptionalDouble tolerance, String flag) {
        if (tolerance.isPresent() && (!(tolerance.getAsDouble() >= 0) || Double.isInfinite(tolerance.getAsDouble()))) {
            throw new IllegalArgumentException(flag + " must be a finite non-negative number");
        }
    }

    private static String clip(String text) {
        String t = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return t;
    }
}
