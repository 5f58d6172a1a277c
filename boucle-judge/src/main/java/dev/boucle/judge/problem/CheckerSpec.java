package dev.boucle.judge.problem;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to compare a submission's output with the expected one.
 *
 * @param tolerance absolute-or-relative tolerance for {@link CheckerKind#FLOAT}
 * @param program   for {@link CheckerKind#CUSTOM}: the checker source inside the problem folder
 * @param language  for {@link CheckerKind#CUSTOM}: the language id the checker is written in
 */
public record CheckerSpec(CheckerKind kind, double tolerance, Optional<Path> program, Optional<String> language) {
    public enum CheckerKind { EXACT, TOKENS, FLOAT, CUSTOM }

    public static final double DEFAULT_TOLERANCE = 1e-6;

    public CheckerSpec {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite non-negative number");
        }
        if (kind == CheckerKind.CUSTOM && (program.isEmpty() || language.isEmpty())) {
            throw new IllegalArgumentException("checker: custom needs checkerProgram and checkerLanguage");
        }
    }

    public static CheckerSpec of(CheckerKind kind) {
        return new CheckerSpec(kind, DEFAULT_TOLERANCE, Optional.empty(), Optional.empty());
    }
}
