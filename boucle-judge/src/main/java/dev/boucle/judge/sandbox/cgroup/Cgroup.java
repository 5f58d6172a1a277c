package dev.boucle.judge.sandbox.cgroup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One run's control group: limits set at creation, accounting read after the run. */
public sealed interface Cgroup permits CgroupV2.Group, CgroupV1.Group, NoCgroups.Group {

    /** The cgroup.procs files the launcher writes its pid into before starting bubblewrap. */
    List<Path> procsFiles();

    /** Host pids of the processes in the group (empty when the host has no cgroups). */
    List<Long> processes();

    /** Moves a process (host pid) into the group; new children it forks stay in it. */
    void adopt(long pid);

    /** Total CPU time of every process that ever ran in the group, or -1 when unknown. */
    long cpuNanos();

    /** Peak memory charged to the group, or -1 when unknown. */
    long peakMemoryBytes();

    /** Whether the kernel OOM-killed something in the group. */
    boolean oomKilled();

    /** SIGKILLs every process in the group, including ones that setsid()-ed or double-forked away. */
    void killAll();

    /** Waits until no process is left; false if some survived the timeout. */
    boolean awaitEmpty(Duration timeout);

    /** Removes the group; only valid once empty. */
    void remove();
}
