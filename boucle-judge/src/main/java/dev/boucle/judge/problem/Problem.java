package dev.boucle.judge.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A problem loaded from its folder; see the README for the on-disk format. */
public record Problem(
        String id,
        String title,
        ProblemKind kind,
        int timeLimitMs,
        int memoryLimitMb,
        int outputLimitKb,
        CheckerSpec checker,
        List<TestCase> tests,
        Path directory,
        Optional<FunctionSignature> function,
        Optional<InteractorSpec> interactor) {

    public static final int DEFAULT_OUTPUT_LIMIT_KB = 64 * 1024;

    /** A stdio problem. */
    public Problem(String id, String title, ProblemKind kind, int timeLimitMs, int memoryLimitMb, int outputLimitKb,
                   CheckerSpec checker, List<TestCase> tests, Path directory) {
        this(id, title, kind, timeLimitMs, memoryLimitMb, outputLimitKb, checker, tests, directory, Optional.empty());
    }

    /** A stdio or function problem. */
    public Problem(String id, String title, ProblemKind kind, int timeLimitMs, int memoryLimitMb, int outputLimitKb,
                   CheckerSpec checker, List<TestCase> tests, Path directory, Optional<FunctionSignature> function) {
        this(id, title, kind, timeLimitMs, memoryLimitMb, outputLimitKb, checker, tests, directory, function,
                Optional.empty());
    }

    public Problem {
        tests = List.copyOf(tests);
        if ((kind == ProblemKind.INTERACTIVE) != interactor.isPresent()) {
            throw new IllegalArgumentException("kind: interactive needs interactor and interactorLanguage, and only it");
        }
        if (timeLimitMs < 1 || timeLimitMs > 60_000) {
            throw new IllegalArgumentException("timeLimitMs must be between 1 and 60000");
        }
        if (memoryLimitMb < 16 || memoryLimitMb > 8192) {
            throw new IllegalArgumentException("memoryLimitMb must be between 16 and 8192");
        }
        if (outputLimitKb < 1 || outputLimitKb > 1024 * 1024) {
            throw new IllegalArgumentException("outputLimitKb must be between 1 and 1048576");
        }
        if ((kind == ProblemKind.FUNCTION) != function.isPresent()) {
            throw new IllegalArgumentException("a 'function:' section is required for kind: function, and only there");
        }
        if (kind == ProblemKind.FUNCTION && checker.kind() != CheckerSpec.CheckerKind.EXACT
                && checker.kind() != CheckerSpec.CheckerKind.FLOAT) {
            throw new IllegalArgumentException("function problems use checker: exact or float");
        }
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("a problem needs at least one test");
        }
    }
}
