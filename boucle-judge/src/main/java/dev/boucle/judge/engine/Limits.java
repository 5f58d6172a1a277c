package dev.boucle.judge.engine;

import dev.boucle.judge.language.CompileStep;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.SandboxDefaults;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.sandbox.SandboxLimits;


/** Derives sandbox limits from the problem, the language and the catalog defaults. */
final class Limits {
    private static final long MIB = 1024L * 1024;
    /** Enough to see why a compilation failed; the rest is noise (and a possible attack). */
    static final int COMPILE_OUTPUT_BYTES = 64 * 1024;
    /** Start-up and argument parsing of a function harness, on top of the language's extra time. */
    private static final long FUNCTION_START_MS = 1000;
    private static final long FUNCTION_RUN_MAX_CPU_MS = 300_000;

    private Limits() {
    }

    static SandboxLimits forTest(Problem problem, Language language, SandboxDefaults defaults) {
        long cpu = problem.timeLimitMs() + (long) language.extraTimeMs();
        return new SandboxLimits(cpu, SandboxLimits.wallFor(cpu),
                (problem.memoryLimitMb() + (long) language.extraMemoryMb()) * MIB,
                language.maxProcesses(),
                defaults.fileSizeMb() * MIB,
                problem.outputLimitKb() * 1024L,
                defaults.stderrKb() * 1024,
                defaults.tmpSizeMb() * MIB,
                // Deep recursion is legitimate in contest code; memory, not the stack rlimit, is the bound.
                problem.memoryLimitMb() * MIB,
                defaults.openFiles());
    }

    /**
     * One harness launch over {@code tests} tests: each test's budget is enforced by the harness,
     * and this total (plus start-up) is the backstop should a submission defeat the watchdog.
     */
    static SandboxLimits forFunctionRun(Problem problem, Language language, SandboxDefaults defaults, int tests) {
        SandboxLimits one = forTest(problem, language, defaults);
        long cpu = Math.min(FUNCTION_RUN_MAX_CPU_MS,
                language.extraTimeMs() + FUNCTION_START_MS + (long) tests * problem.timeLimitMs());
        return new SandboxLimits(cpu, SandboxLimits.wallFor(cpu), one.memoryBytes(), one.maxProcesses(),
                one.fileSizeBytes(), one.stdoutBytes(), one.stderrBytes(), one.tmpBytes(), one.stackBytes(),
                one.openFiles());
    }

    static SandboxLimits forCompile(CompileStep step, SandboxDefaults defaults) {
        return new SandboxLimits(step.timeLimitMs(), SandboxLimits.wallFor(step.timeLimitMs()),
                step.memoryLimitMb() * MIB, step.maxProcesses(), defaults.fileSizeMb() * MIB,
                COMPILE_OUTPUT_BYTES, COMPILE_OUTPUT_BYTES, defaults.tmpSizeMb() * MIB, 256 * MIB,
                defaults.openFiles());
    }

    /**
     * An interactor outlives the submission it talks to: its wall clock runs a few seconds past
     * the submission's, so that a submission that hangs is the one stopped (TLE), not the interactor.
     */
    static SandboxLimits forInteractor(SandboxDefaults defaults, Problem problem, SandboxLimits submission) {
        SandboxLimits checker = forChecker(defaults, problem);
        long wall = Math.max(checker.wallMs(), submission.wallMs() + 5000);
        return new SandboxLimits(checker.cpuMs(), wall, checker.memoryBytes(), checker.maxProcesses(),
                checker.fileSizeBytes(), problem.outputLimitKb() * 1024L, checker.stderrBytes(), checker.tmpBytes(),
                checker.stackBytes(), checker.openFiles());
    }

    static SandboxLimits forChecker(SandboxDefaults defaults, Problem problem) {
        long cpu = 10_000;
        return new SandboxLimits(cpu, SandboxLimits.wallFor(cpu), 1024 * MIB, 64, defaults.fileSizeMb() * MIB,
                64 * 1024, 64 * 1024, defaults.tmpSizeMb() * MIB, 256 * MIB, defaults.openFiles());
    }
}
