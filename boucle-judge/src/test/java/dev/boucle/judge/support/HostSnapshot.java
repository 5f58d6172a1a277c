package dev.boucle.judge.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What an attack could leave behind on the host: processes of the sandbox user, per-run cgroups,
 * submission directories, POSIX and SysV shared memory. Taken before and compared after.
 */
public record HostSnapshot(long sandboxUserProcesses, Set<String> judgeCgroups, Set<String> workDirs,
                           Set<String> devShm, long sysvSegments) {

    /**
     * The host uid sandboxed programs run as: 65534 when the judge is root (it drops to it), else
     * the judge's own uid, which is what an escapee would hold. Counting 65534 in the second case
     * would find nothing and let every check pass.
     */
    private static final int SANDBOX_UID = hostUid() == 0 ? 65534 : hostUid();

    private static int hostUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static HostSnapshot take() {
        return new HostSnapshot(countSandboxUserProcesses(), listJudgeCgroups(), list(SandboxFixture.workBase()),
                sandboxOwned(Path.of("/dev/shm")), countSysvSegments());
    }

    public void assertUnchanged() {
        // A task SIGKILLed a moment ago can still be finishing do_exit() on a loaded host (it has
        // already left its cgroup); a real escapee would still be there after the grace period.
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (countSandboxUserProcesses() > sandboxUserProcesses && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        HostSnapshot now = take();
        assertThat(now.sandboxUserProcesses).as("processes left running as the sandbox user")
                .isEqualTo(sandboxUserProcesses);
        assertThat(now.judgeCgroups).as("per-run cgroups left behind").isEqualTo(judgeCgroups);
        assertThat(now.workDirs).as("submission directories left behind").isEqualTo(workDirs);
        assertThat(now.devShm).as("host /dev/shm").isEqualTo(devShm);
        assertThat(now.sysvSegments).as("host SysV shared memory segments").isEqualTo(sysvSegments);
    }

    private static long countSandboxUserProcesses() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(HostSnapshot::ownedBySandboxUser)
                    .count();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Live processes only: bubblewrap's outer process exits without reaping its PID-namespace init,
     * so a dead (zombie) bwrap is briefly parented to the host's init, which reaps it.
     */
    private static boolean ownedBySandboxUser(Path proc) {
        try {
            List<String> status = Files.readAllLines(proc.resolve("status"));
            boolean zombie = status.stream().anyMatch(line -> line.startsWith("State:") && line.contains("Z"));
            return !zombie && status.stream()
                    .anyMatch(line -> line.startsWith("Uid:") && line.split("\\s+")[1].equals("" + SANDBOX_UID))
                    // Not root, the uid is the judge's own, shared with the build: only processes in a
                    // nested PID namespace (NSpid lists more than one id) are the sandbox's.
                    && (SANDBOX_UID == 65534 || status.stream().anyMatch(line -> line.startsWith("NSpid:")
                            && line.trim().split("\\s+").length > 2));
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<String> listJudgeCgroups() {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(Path.of("/sys/fs/cgroup"), 6)) {
            walk.filter(p -> p.getFileName() != null && p.getFileName().toString().startsWith("run-"))
                    .filter(p -> p.getParent().getFileName().toString().equals("boucle-judge"))
                    .forEach(p -> found.add(p.toString()));
        } catch (IOException | RuntimeException e) {
            // cgroupfs may refuse some directories; what we could see is what we compare.
        }
        return found;
    }

    private static Set<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** Other software on a shared host (e.g. PostgreSQL) uses /dev/shm too; only the sandbox user's files count. */
    private static Set<String> sandboxOwned(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.filter(HostSnapshot::ownedBySandbox).map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static boolean ownedBySandbox(Path file) {
        try {
            return ((Integer) Files.getAttribute(file, "unix:uid", java.nio.file.LinkOption.NOFOLLOW_LINKS)) == SANDBOX_UID;
        } catch (IOException e) {
            return false;
        }
    }

    /** Segments created by the sandbox user (column cuid of /proc/sysvipc/shm). */
    private static long countSysvSegments() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/sysvipc/shm"));
            return lines.stream().skip(1).map(String::trim).map(l -> l.split("\\s+"))
                    .filter(f -> f.length > 9 && (f[7].equals("" + SANDBOX_UID) || f[9].equals("" + SANDBOX_UID)))
                    .count();
        } catch (IOException e) {
            return -1;
        }
    }
}
