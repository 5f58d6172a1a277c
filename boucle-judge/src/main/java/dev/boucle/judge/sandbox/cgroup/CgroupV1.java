package dev.boucle.judge.sandbox.cgroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Legacy hierarchy: one directory per controller. The freezer lets us stop every task before
 * killing, so a fork bomb cannot outrun the kill loop.
 */
public final class CgroupV1 implements CgroupDriver {
    private final Path memory;
    private final Path pids;
    private final Path cpuacct;
    private final Path freezer;

    /** Each path is the parent directory under which per-run groups are created. */
    public CgroupV1(Path memory, Path pids, Path cpuacct, Path freezer) {
        this.memory = memory;
        this.pids = pids;
        this.cpuacct = cpuacct;
        this.freezer = freezer;
    }

    @Override
    public Cgroup create(String name, long memoryBytes, int maxProcesses) {
        Group group = new Group(memory.resolve(name), pids.resolve(name), cpuacct.resolve(name), freezer.resolve(name));
        try {
            for (Path dir : group.dirs()) {
                Files.createDirectory(dir);
            }
            CgroupFiles.write(group.memory.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
            // memsw exists only with swap accounting; without it there is no swap to escape into either.
            Path memsw = group.memory.resolve("memory.memsw.limit_in_bytes");
            if (Files.exists(memsw)) {
                CgroupFiles.write(memsw, Long.toString(memoryBytes));
            }
            CgroupFiles.write(group.pids.resolve("pids.max"), Integer.toString(maxProcesses));
            return group;
        } catch (IOException | UncheckedIOException e) {
            group.remove();
            throw new IllegalStateException("cannot create cgroup " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "cgroup v1 (memory, pids, cpuacct, freezer)";
    }

    public static final class Group implements Cgroup {
        private final Path memory;
        private final Path pids;
        private final Path cpuacct;
        private final Path freezer;

        Group(Path memory, Path pids, Path cpuacct, Path freezer) {
            this.memory = memory;
            this.pids = pids;
            this.cpuacct = cpuacct;
            this.freezer = freezer;
        }

        List<Path> dirs() {
            return List.of(memory, pids, cpuacct, freezer);
        }

        @Override
        public List<Path> procsFiles() {
            return dirs().stream().map(d -> d.resolve("cgroup.procs")).toList();
        }

        @Override
        public List<Long> processes() {
            return CgroupFiles.pids(freezer.resolve("cgroup.procs"));
        }

        @Override
        public void adopt(long pid) {
            procsFiles().forEach(file -> CgroupFiles.write(file, Long.toString(pid)));
        }

        @Override
        public long cpuNanos() {
            return CgroupFiles.readLong(cpuacct.resolve("cpuacct.usage"));
        }

        @Override
        public long peakMemoryBytes() {
            return CgroupFiles.readLong(memory.resolve("memory.max_usage_in_bytes"));
        }

        @Override
        public boolean oomKilled() {
            long kills = CgroupFiles.keyed(memory.resolve("memory.oom_control"), "oom_kill");
            if (kills >= 0) {
                return kills > 0;
            }
            // Kernels before 4.13 lack the counter; hitting the limit is the closest signal.
            return CgroupFiles.readLong(memory.resolve("memory.failcnt")) > 0;
        }

        @Override
        public void killAll() {
            Path procs = freezer.resolve("cgroup.procs");
            Path state = freezer.resolve("freezer.state");
            for (int round = 0; round < 20 && !CgroupFiles.pids(procs).isEmpty(); round++) {
                CgroupFiles.tryWrite(state, "FROZEN");
                awaitFrozen(state);
                CgroupFiles.pids(procs).forEach(CgroupFiles::sigkill);
                // SIGKILL is delivered only once tasks run again.
                CgroupFiles.tryWrite(state, "THAWED");
                CgroupFiles.awaitEmpty(procs, Duration.ofMillis(100));
            }
        }

        private static void awaitFrozen(Path state) {
            for (int i = 0; i < 100; i++) {
                if (CgroupFiles.read(state).filter("FROZEN"::equals).isPresent()) {
                    return;
                }
                CgroupFiles.sleep(1);
            }
        }

        @Override
        public boolean awaitEmpty(Duration timeout) {
            return CgroupFiles.awaitEmpty(freezer.resolve("cgroup.procs"), timeout)
                    && CgroupFiles.awaitEmpty(memory.resolve("cgroup.procs"), Duration.ofMillis(100));
        }

        @Override
        public void remove() {
            dirs().forEach(CgroupFiles::removeDir);
        }
    }
}
