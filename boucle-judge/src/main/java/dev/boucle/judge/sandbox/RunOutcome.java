package dev.boucle.judge.sandbox;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one sandboxed run did.
 *
 * @param exitCode    the program's exit status; bubblewrap reports death by signal N as 128 + N
 * @param cpuMs       CPU time of the whole process tree (wall time in degraded mode)
 * @param peakMemoryKb peak memory of the tree, or -1 when the host cannot tell
 * @param setupFailure non-empty when the sandbox itself could not start: a system error
 */
public record RunOutcome(
        int exitCode,
        long cpuMs,
        long wallMs,
        long peakMemoryKb,
        Set<LimitHit> limitsHit,
        byte[] stdout,
        String stderr,
        Optional<String> setupFailure) {

    private static final int SIGXCPU = 24;
    private static final int SIGXFSZ = 25;

    public RunOutcome {
        limitsHit = limitsHit.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(limitsHit));
    }

    public boolean hit(LimitHit limit) {
        return limitsHit.contains(limit);
    }

    /** The signal that killed the program, derived from bubblewrap's 128 + N convention. */
    public Optional<Integer> signal() {
        return exitCode > 128 && exitCode <= 128 + 64 ? Optional.of(exitCode - 128) : Optional.empty();
    }

    public boolean killedByCpuRlimit() {
        return signal().filter(s -> s == SIGXCPU).isPresent();
    }

    public boolean killedByFileSizeRlimit() {
        return signal().filter(s -> s == SIGXFSZ).isPresent();
    }
}
