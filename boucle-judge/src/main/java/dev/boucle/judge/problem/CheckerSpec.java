package dev.boucle.judge.problem;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to compare a submission's output with the expected one.
 *
 * @param tolerance absolute-or-relative tolerance for {@link CheckerKind#FLOAT}
 * @param program   for {@link CheckerKind#CUSTOM}: the checker source inside the problem folder
 * @param language  for {@link CheckerKind#CUSTOM}: the language id the checker is written in
 * @param flags     for {@link CheckerKind#KATTIS}: the default validator's options; for a custom
 *                  checker speaking {@link CheckerProtocol#KATTIS}: passed on as its extra arguments
 * @param protocol  for {@link CheckerKind#CUSTOM}: how the checker is called and answers
 */
public record CheckerSpec(CheckerKind kind, double tolerance, Optional<Path> program, Optional<String> language,
                          ValidatorFlags flags, CheckerProtocol protocol) {
    /** KATTIS is the Kattis default output validator (see {@link dev.boucle.judge.checker.DefaultOutputValidator}). */
    public enum CheckerKind { EXACT, TOKENS, FLOAT, CUSTOM, KATTIS }

    /**
     * TESTLIB: {@code checker input output answer}, exit 0 accepts, 1 rejects. KATTIS:
     * {@code validator input answer feedback_dir [flags] < output}, exit 42 accepts, 43 rejects,
     * with {@code judgemessage.txt} in the feedback folder as the explanation.
     */
    public enum CheckerProtocol { TESTLIB, KATTIS }

    public static final double DEFAULT_TOLERANCE = 1e-6;

    public CheckerSpec {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite non-negative number");
        }
        if (kind == CheckerKind.CUSTOM && (program.isEmpty() || language.isEmpty())) {
            throw new IllegalArgumentException("checker: custom needs checkerProgram and checkerLanguage");
        }
    }

    public CheckerSpec(CheckerKind kind, double tolerance, Optional<Path> program, Optional<String> language) {
        this(kind, tolerance, program, language, ValidatorFlags.DEFAULT, CheckerProtocol.TESTLIB);
    }

    public static CheckerSpec of(CheckerKind kind) {
        return new CheckerSpec(kind, DEFAULT_TOLERANCE, Optional.empty(), Optional.empty());
    }

    public static CheckerSpec kattis(ValidatorFlags flags) {
        return new CheckerSpec(CheckerKind.KATTIS, DEFAULT_TOLERANCE, Optional.empty(), Optional.empty(), flags,
                CheckerProtocol.TESTLIB);
    }
}
