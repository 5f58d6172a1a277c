package dev.boucle.judge.checker;

import dev.boucle.judge.problem.CheckerSpec;

/** Decides whether a run's output answers a test. */
public sealed interface Checker permits ExactChecker, TokenChecker, FloatChecker, ProgramChecker,
        DefaultOutputValidator {

    /**
     * @param input    the test input (custom checkers may need it)
     * @param output   what the submission printed
     * @param expected the hidden reference answer
     */
    CheckResult check(byte[] input, byte[] output, byte[] expected);

    /** The built-in checkers; custom ones need a sandbox and are built by the engine. */
    static Checker builtIn(CheckerSpec spec) {
        return switch (spec.kind()) {
            case EXACT -> new ExactChecker();
            case TOKENS -> new TokenChecker();
            case FLOAT -> new FloatChecker(spec.tolerance());
            case KATTIS -> new DefaultOutputValidator(spec.flags());
            case CUSTOM -> throw new IllegalArgumentException("custom checkers are built by the engine");
        };
    }
}
