package dev.boucle.judge.sandbox;

/**
 * Everything that bounds one sandboxed run. CPU is enforced by polling the cgroup (with RLIMIT_CPU
 * as a backstop), wall time by the supervisor, memory and tasks by the cgroup.
 */
public record SandboxLimits(
        long cpuMs,
        long wallMs,
        long memoryBytes,
        int maxProcesses,
        long fileSizeBytes,
        long stdoutBytes,
        int stderrBytes,
        long tmpBytes,
        long stackBytes,
        int openFiles) {

    public SandboxLimits {
        if (cpuMs <= 0 || wallMs <= 0 || memoryBytes <= 0 || maxProcesses <= 0 || fileSizeBytes <= 0
                || stdoutBytes <= 0 || stderrBytes <= 0 || tmpBytes <= 0 || stackBytes <= 0 || openFiles <= 0) {
            throw new IllegalArgumentException("sandbox limits must be positive: " + this);
        }
    }

    /**
     * A sleeping or blocked program uses no CPU, so wall time gets its own bound: twice the CPU
     * limit, and at least one second more than it (start-up, a loaded host). That bound is also how
     * long a sleeping submission holds its judge worker.
     */
    public static long wallFor(long cpuMs) {
        return Math.max(cpuMs * 2, cpuMs + 1000);
    }
}
