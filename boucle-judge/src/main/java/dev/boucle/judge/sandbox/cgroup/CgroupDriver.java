package dev.boucle.judge.sandbox.cgroup;

/** Creates per-run cgroups on whichever cgroup version the host offers. */
public sealed interface CgroupDriver permits CgroupV2, CgroupV1, NoCgroups {

    /**
     * @param name         unique, judge-generated name (never derived from submission text)
     * @param memoryBytes  hard memory limit, swap included where the kernel accounts it
     * @param maxProcesses limit on tasks (processes and threads)
     */
    Cgroup create(String name, long memoryBytes, int maxProcesses);

    /** Human-readable mode, e.g. "cgroup v1 (memory, pids, cpuacct, freezer)". */
    String describe();

    /** True when limits fall back to rlimits and wall-clock only. */
    default boolean degraded() {
        return false;
    }
}
