package dev.boucle.judge.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link SandboxRequest} into a bubblewrap argv. Isolation: every namespace unshared
 * (user, PID, network, IPC, UTS, mount, cgroup), no capabilities, no nested user namespaces,
 * a read-only root, a fresh size-limited tmpfs for /tmp and /dev/shm, and a clean environment.
 */
public final class BubblewrapCommand {
    /** fd on which bubblewrap reports {"child-pid": ...}; its absence means setup failed. */
    public static final int STATUS_FD = 3;
    /** Where the runner binary appears inside a reused sandbox. */
    static final String RUNNER_PATH = "/boucle-runner";

    private final Path bwrap;
    private final SystemLayout layout;
    private final BubblewrapVersion version;

    public BubblewrapCommand(Path bwrap, SystemLayout layout, BubblewrapVersion version) {
        this.bwrap = bwrap;
        this.layout = layout;
        this.version = version;
    }

    public List<String> argv(SandboxRequest request) {
        List<String> args = common(request.mounts(), request.limits());
        args.addAll(tail(request.workDir(), request.env()));
        args.addAll(request.command());
        return args;
    }

    /**
     * A sandbox reused for every test of a submission: the runner is PID 1 (so that its kill(-1)
     * reaches every process a test left) and /dev is read-only, since unlike /tmp and /dev/shm the
     * runner does not wipe it between tests.
     */
    List<String> sessionArgv(SessionRequest request, Path runner, List<String> runnerArgs) {
        List<String> args = common(request.mounts(), request.limits());
        args.addAll(List.of("--as-pid-1", "--remount-ro", "/dev", "--ro-bind", runner.toString(), RUNNER_PATH));
        args.addAll(tail("/", request.env()));
        args.add(RUNNER_PATH);
        args.addAll(runnerArgs);
        args.add("--");
        args.addAll(request.command());
        return args;
    }

    private List<String> common(List<Mount> mounts, SandboxLimits limits) {
        List<String> args = new ArrayList<>();
        args.add(bwrap.toString());
        args.addAll(List.of("--unshare-all", "--unshare-user", "--die-with-parent", "--new-session",
                "--cap-drop", "ALL", "--hostname", "boucle"));
        // Inside its user namespace the program is nobody, whoever the judge runs as: it owns no
        // file of the image, and a judge not run as root does not lend it its own name and uid.
        args.addAll(List.of("--uid", "65534", "--gid", "65534"));
        if (version.atLeast(0, 8)) {
            args.add("--disable-userns");
        }
        args.addAll(layout.bwrapArgs());
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        tmpfs(args, "/tmp", limits.tmpBytes());
        tmpfs(args, "/dev/shm", limits.tmpBytes());
        for (Mount mount : mounts) {
            String kind = mount instanceof Mount.Writable ? "--bind" : "--ro-bind";
            args.addAll(List.of(kind, mount.host().toString(), mount.target()));
        }
        return args;
    }

    private static List<String> tail(String workDir, Map<String, String> requestEnv) {
        List<String> args = new ArrayList<>(List.of("--remount-ro", "/", "--chdir", workDir, "--clearenv"));
        Map<String, String> env = new TreeMap<>(Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", "/tmp",
                "LANG", "C.UTF-8", "TMPDIR", "/tmp"));
        env.putAll(requestEnv);
        env.forEach((key, value) -> args.addAll(List.of("--setenv", key, value)));
        args.addAll(List.of("--json-status-fd", Integer.toString(STATUS_FD), "--"));
        return args;
    }

    private void tmpfs(List<String> args, String target, long bytes) {
        if (version.atLeast(0, 8)) {
            args.addAll(List.of("--size", Long.toString(bytes)));
        }
        args.addAll(List.of("--tmpfs", target));
    }
}
