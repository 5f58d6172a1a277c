package dev.boucle.judge.sandbox.cgroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Unified hierarchy: per-run groups live under a subtree delegated to the judge, which must have
 * the memory and pids controllers enabled in its cgroup.subtree_control (see {@link CgroupDetector}).
 */
public final class CgroupV2 implements CgroupDriver {
    private final Path parent;

    public CgroupV2(Path parent) {
        this.parent = parent;
    }

    @Override
    public Cgroup create(String name, long memoryBytes, int maxProcesses) {
        Path dir = parent.resolve(name);
        try {
            Files.createDirectory(dir);
            CgroupFiles.write(dir.resolve("memory.max"), Long.toString(memoryBytes));
            Path swap = dir.resolve("memory.swap.max");
            if (Files.exists(swap)) {
                CgroupFiles.write(swap, "0");
            }
            CgroupFiles.write(dir.resolve("pids.max"), Integer.toString(maxProcesses));
            return new Group(dir);
        } catch (IOException | UncheckedIOException e) {
            CgroupFiles.removeDir(dir);
            throw new IllegalStateException("cannot create cgroup " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "cgroup v2 under " + parent;
    }

    public Path parent() {
        return parent;
    }

    public static final class Group implements Cgroup {
        private final Path dir;
        private long sampledPeak = -1;

        Group(Path dir) {
            this.dir = dir;
        }

        @Override
        public List<Path> procsFiles() {
            return List.of(dir.resolve("cgroup.procs"));
        }

        @Override
        public List<Long> processes() {
            return CgroupFiles.pids(dir.resolve("cgroup.procs"));
        }

        @Override
        public void adopt(long pid) {
            CgroupFiles.write(dir.resolve("cgroup.procs"), Long.toString(pid));
        }

        @Override
        public long cpuNanos() {
            long micros = CgroupFiles.keyed(dir.resolve("cpu.stat"), "usage_usec");
            return micros < 0 ? -1 : micros * 1000;
        }

        @Override
        public long peakMemoryBytes() {
            long peak = CgroupFiles.readLong(dir.resolve("memory.peak"));
            if (peak >= 0) {
                return peak;
            }
            // memory.peak arrived in Linux 5.19; before that the best we have is sampling.
            sampledPeak = Math.max(sampledPeak, CgroupFiles.readLong(dir.resolve("memory.current")));
            return sampledPeak;
        }

        @Override
        public boolean oomKilled() {
            return CgroupFiles.keyed(dir.resolve("memory.events"), "oom_kill") > 0;
        }

        @Override
        public void killAll() {
            Path procs = dir.resolve("cgroup.procs");
            if (CgroupFiles.tryWrite(dir.resolve("cgroup.kill"), "1")) {
                return;
            }
            // Before Linux 5.14: freeze, kill what is listed, thaw, repeat.
            for (int round = 0; round < 20 && !CgroupFiles.pids(procs).isEmpty(); round++) {
                CgroupFiles.tryWrite(dir.resolve("cgroup.freeze"), "1");
                CgroupFiles.pids(procs).forEach(CgroupFiles::sigkill);
                CgroupFiles.tryWrite(dir.resolve("cgroup.freeze"), "0");
                CgroupFiles.awaitEmpty(procs, Duration.ofMillis(100));
            }
        }

        @Override
        public boolean awaitEmpty(Duration timeout) {
            return CgroupFiles.awaitEmpty(dir.resolve("cgroup.procs"), timeout);
        }

        @Override
        public void remove() {
            CgroupFiles.removeDir(dir);
        }
    }
}
