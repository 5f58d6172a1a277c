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

    private final Path bwrap;
    private final SystemLayout layout;
    private final BubblewrapVersion version;

    public BubblewrapCommand(Path bwrap, SystemLayout layout, BubblewrapVersion version) {
        this.bwrap = bwrap;
        this.layout = layout;
        this.version = version;
    }

    public List<String> argv(SandboxRequest request) {
        List<String> args = new ArrayList<>();
        args.add(bwrap.toString());
        args.addAll(List.of("--unshare-all", "--unshare-user", "--die-with-parent", "--new-session",
                "--cap-drop", "ALL", "--hostname", "boucle"));
        if (version.atLeast(0, 8)) {
            args.add("--disable-userns");
        }
        args.addAll(layout.bwrapArgs());
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        tmpfs(args, "/tmp", request.limits().tmpBytes());
        tmpfs(args, "/dev/shm", request.limits().tmpBytes());
        for (Mount mount : request.mounts()) {
            String kind = mount instanceof Mount.Writable ? "--bind" : "--ro-bind";
            args.addAll(List.of(kind, mount.host().toString(), mount.target()));
        }
        args.addAll(List.of("--remount-ro", "/", "--chdir", request.workDir(), "--clearenv"));
        Map<String, String> env = new TreeMap<>(Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", "/tmp",
                "LANG", "C.UTF-8", "TMPDIR", "/tmp"));
        env.putAll(request.env());
        env.forEach((key, value) -> args.addAll(List.of("--setenv", key, value)));
        args.addAll(List.of("--json-status-fd", Integer.toString(STATUS_FD), "--"));
        args.addAll(request.command());
        return args;
    }

    private void tmpfs(List<String> args, String target, long bytes) {
        if (version.atLeast(0, 8)) {
            args.addAll(List.of("--size", Long.toString(bytes)));
        }
        args.addAll(List.of("--tmpfs", target));
    }
}
