package dev.boucle.judge.sandbox.cgroup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Degraded mode: no usable cgroup. Limits fall back to rlimits and the wall clock, and the
 * process tree is still bounded by bubblewrap's PID namespace, which dies with its init.
 */
public final class NoCgroups implements CgroupDriver {
    private final String reason;

    public NoCgroups(String reason) {
        this.reason = reason;
    }

    @Override
    public Cgroup create(String name, long memoryBytes, int maxProcesses) {
        return new Group();
    }

    @Override
    public String describe() {
        return "degraded mode: no usable cgroup (" + reason + "); memory and process limits use rlimits, "
                + "CPU time is approximated by wall time";
    }

    @Override
    public boolean degraded() {
        return true;
    }

    public static final class Group implements Cgroup {
        @Override
        public List<Path> procsFiles() {
            return List.of();
        }

        @Override
        public List<Long> processes() {
            return List.of();
        }

        @Override
        public void adopt(long pid) {
            // Nothing to move into: the runner's rlimits and kill(-1) are all there is.
        }

        @Override
        public long cpuNanos() {
            return -1;
        }

        @Override
        public long peakMemoryBytes() {
            return -1;
        }

        @Override
        public boolean oomKilled() {
            return false;
        }

        @Override
        public void killAll() {
            // Nothing to walk: the PID namespace takes the tree down when bubblewrap's init exits.
        }

        @Override
        public boolean awaitEmpty(Duration timeout) {
            return true;
        }

        @Override
        public void remove() {
        }
    }
}
