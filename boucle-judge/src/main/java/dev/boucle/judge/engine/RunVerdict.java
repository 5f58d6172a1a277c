package dev.boucle.judge.engine;

import dev.boucle.judge.language.Language;
import dev.boucle.judge.sandbox.LimitHit;
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.SandboxLimits;
import dev.boucle.judge.verdict.Verdict;
import java.util.Optional;

/**
 * Maps how a run ended to a verdict, before any output is checked. Order matters: a run killed
 * for flooding stdout also dies of SIGPIPE, and an OOM-killed one shows SIGKILL, so the limit that
 * caused the death wins over the way it died.
 */
final class RunVerdict {
    /** @param wallClock the run was stopped by the wall clock, not by its CPU time */
    record Decision(Verdict verdict, String detail, boolean wallClock) {
        Decision(Verdict verdict, String detail) {
            this(verdict, detail, false);
        }
    }

    private RunVerdict() {
    }

    /** Empty when the run ended normally and its output should go to the checker. */
    static Optional<Decision> of(RunOutcome outcome, Language language, SandboxLimits limits) {
        if (outcome.setupFailure().isPresent()) {
            return Optional.of(new Decision(Verdict.SE, outcome.setupFailure().get()));
        }
        if (outcome.hit(LimitHit.OUTPUT) || outcome.killedByFileSizeRlimit()) {
            return Optional.of(new Decision(Verdict.OLE, outcome.hit(LimitHit.OUTPUT)
                    ? "output exceeded the limit" : "a file exceeded the size limit"));
        }
        boolean failed = outcome.exitCode() != 0;
        if (outcome.hit(LimitHit.MEMORY) || (failed && language.reportsOutOfMemory(outcome.stderr()))) {
            return Optional.of(new Decision(Verdict.MLE, "memory limit exceeded"));
        }
        if (outcome.hit(LimitHit.CPU) || outcome.killedByCpuRlimit()) {
            return Optional.of(new Decision(Verdict.TLE, "CPU time limit exceeded (" + limits.cpuMs() + " ms of CPU)"));
        }
        if (outcome.hit(LimitHit.WALL)) {
            // Distinct from CPU time: the program was sleeping or blocked (a read, a child, a lock).
            return Optional.of(new Decision(Verdict.TLE, "wall-clock limit exceeded: " + limits.wallMs()
                    + " ms of wall time with only " + outcome.cpuMs() + " ms of CPU (sleeping or blocked?)", true));
        }
        if (failed) {
            String detail = outcome.signal()
                    .map(s -> "killed by " + SignalNames.of(s) + " (exit code " + outcome.exitCode() + ")")
                    .orElse("exit code " + outcome.exitCode());
            return Optional.of(new Decision(Verdict.RE, detail));
        }
        return Optional.empty();
    }
}
