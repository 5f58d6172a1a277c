package dev.boucle.judge.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Builds the host-side chain in front of bubblewrap:
 * {@code sh (join cgroups) -> prlimit (rlimits) -> setpriv (drop root) -> bwrap}.
 *
 * <p>The shell step exists because a process can only be placed in a cgroup by writing its pid,
 * and the JDK cannot do that between fork and exec. Its script is a constant: cgroup files, the
 * status file and the command arrive as positional parameters, never spliced into the text.
 */
public final class Launcher {
    static final String ENTER_SCRIPT = """
            status=$1; shift
            exec 3>"$status" || exit 125
            while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do echo "$$" > "$1" || exit 125; shift; done
            shift
            exec "$@"
            """;

    private final OptionalInt dropToUid;
    private final OptionalInt dropToGid;

    /** @param dropToUid when the judge runs as root, the unprivileged host uid the sandbox runs as */
    public Launcher(OptionalInt dropToUid, OptionalInt dropToGid) {
        this.dropToUid = dropToUid;
        this.dropToGid = dropToGid;
    }

    public List<String> argv(Path statusFile, List<Path> cgroupProcsFiles, SandboxLimits limits,
                             boolean degraded, List<String> bwrapArgv) {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", ENTER_SCRIPT, "boucle-sandbox-enter",
                statusFile.toString()));
        cgroupProcsFiles.forEach(p -> argv.add(p.toString()));
        argv.add("--");
        argv.addAll(rlimits(limits, degraded));
        if (dropToUid.isPresent()) {
            argv.addAll(List.of("/usr/bin/setpriv", "--reuid=" + dropToUid.getAsInt(),
                    "--regid=" + dropToGid.orElse(dropToUid.getAsInt()), "--clear-groups",
                    "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"));
        }
        argv.addAll(bwrapArgv);
        return argv;
    }

    /** RLIMIT_CPU in whole seconds, one above the limit so that the cgroup poll normally acts first. */
    static long cpuSeconds(long cpuMs) {
        return Math.max(1, (cpuMs + 999) / 1000 + 1);
    }

    private static List<String> rlimits(SandboxLimits limits, boolean degraded) {
        // RLIMIT_CPU is per process and only a backstop; the cgroup poll enforces the real limit.
        long cpuSeconds = cpuSeconds(limits.cpuMs());
        List<String> args = new ArrayList<>(List.of("/usr/bin/prlimit",
                "--cpu=" + cpuSeconds + ":" + (cpuSeconds + 1),
                "--fsize=" + limits.fileSizeBytes(),
                "--stack=" + limits.stackBytes(),
                "--nofile=" + limits.openFiles(),
                "--core=0"));
        if (degraded) {
            // Without cgroups these are all we have; RLIMIT_NPROC counts per uid, so it is coarse.
            args.add("--nproc=" + limits.maxProcesses());
            args.add("--data=" + limits.memoryBytes());
        }
        args.add("--");
        return args;
    }
}
