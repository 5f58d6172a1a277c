package dev.boucle.judge.sandbox;

import dev.boucle.judge.sandbox.cgroup.CgroupDetector;
import dev.boucle.judge.sandbox.cgroup.CgroupDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Entry point to sandboxed execution. Construction checks the host once: bubblewrap must exist
 * and work, otherwise nothing runs at all; cgroups are optional (degraded mode, reported in notes).
 */
public final class Sandbox {
    public static final String INSTALL_HINT = "bubblewrap (bwrap) is required to run submissions; "
            + "install it with: apt-get install bubblewrap";
    private static final int DEFAULT_SANDBOX_ID = 65534;

    private final CgroupDriver cgroups;
    private final Supervisor supervisor;
    private final Launcher launcher;
    private final BubblewrapCommand bubblewrap;
    private final OptionalInt sandboxUid;
    private final List<String> notes;
    private Optional<Path> runner;

    private Sandbox(CgroupDriver cgroups, Launcher launcher, BubblewrapCommand bubblewrap, OptionalInt sandboxUid,
                    List<String> notes, Optional<Path> runner) {
        this.cgroups = cgroups;
        this.supervisor = new Supervisor(cgroups, launcher, bubblewrap);
        this.launcher = launcher;
        this.bubblewrap = bubblewrap;
        this.sandboxUid = sandboxUid;
        this.notes = new ArrayList<>(notes);
        this.runner = runner;
    }

    public static Sandbox forHost() {
        return create(System.getenv(), CgroupDetector.detectForThisProcess());
    }

    public static Sandbox create(Map<String, String> env, CgroupDriver cgroups) {
        Path bwrap = Path.of(env.getOrDefault("BOUCLE_JUDGE_BWRAP", "/usr/bin/bwrap"));
        if (!Files.isExecutable(bwrap)) {
            throw new SandboxUnavailableException(INSTALL_HINT + " (not found at " + bwrap + ")");
        }
        BubblewrapVersion version = BubblewrapVersion.parse(capture(List.of(bwrap.toString(), "--version")));
        OptionalInt uid = runningAsRoot()
                ? OptionalInt.of(Integer.parseInt(env.getOrDefault("BOUCLE_JUDGE_SANDBOX_UID", "" + DEFAULT_SANDBOX_ID)))
                : OptionalInt.empty();
        OptionalInt gid = runningAsRoot()
                ? OptionalInt.of(Integer.parseInt(env.getOrDefault("BOUCLE_JUDGE_SANDBOX_GID", "" + DEFAULT_SANDBOX_ID)))
                : OptionalInt.empty();
        BubblewrapCommand command = new BubblewrapCommand(bwrap, SystemLayout.ofHost(), version);
        List<String> notes = new ArrayList<>();
        if (cgroups.degraded()) {
            notes.add(cgroups.describe());
        }
        if (uid.isEmpty()) {
            // Without root the judge cannot hand programs to another host user: on the host they run
            // under the judge's own uid (nobody only inside their namespace). Say so where it shows.
            notes.add("the judge is not root: sandboxed programs run as its own host user; run judge workers as root"
                    + " (they drop to uid " + DEFAULT_SANDBOX_ID + ") or as a user that owns nothing else");
        }
        if (!version.atLeast(0, 8)) {
            notes.add("bubblewrap " + version + " is older than 0.8: tmpfs sizes and nested-userns blocking are off");
        }
        Optional<Path> runner = Optional.empty();
        StringBuilder why = new StringBuilder();
        if (env.getOrDefault("BOUCLE_JUDGE_SANDBOX_REUSE", "on").equals("off")) {
            why.append("BOUCLE_JUDGE_SANDBOX_REUSE=off");
        } else {
            runner = RunnerBinary.prepare(env, why);
        }
        Sandbox sandbox = new Sandbox(cgroups, new Launcher(uid, gid), command, uid, notes, runner);
        sandbox.selfTest();
        sandbox.runnerSelfTest(why);
        if (sandbox.runner.isEmpty()) {
            sandbox.notes.add("each test runs in a sandbox of its own, which is slower (" + why + ")");
        }
        return sandbox;
    }

    /**
     * A session for the tests of one submission: one sandbox reused for all of them when the
     * runner is available, else a fresh sandbox per test. Same guarantees per test either way.
     *
     * @param privateDir a judge-only directory (never mounted into any sandbox) for status files
     */
    public SandboxSession session(SessionRequest request, Path privateDir) {
        return runner.<SandboxSession>map(r -> new RunnerSession(request, privateDir, r, cgroups, launcher, bubblewrap))
                .orElseGet(() -> new FreshSandboxes(supervisor, request, privateDir));
    }

    /** Whether tests share one sandbox per submission (see {@link #session}). */
    public boolean reusesSandboxes() {
        return runner.isPresent();
    }

    public RunOutcome run(SandboxRequest request, Path privateDir) throws IOException {
        return supervisor.run(request, privateDir);
    }

    /**
     * One run in a fresh sandbox whose stdin and stdout are streams rather than bytes, e.g. one
     * side of an interactive problem (see {@link StdioWiring}); {@code request.stdin()} is unused.
     */
    public RunOutcome run(SandboxRequest request, Path privateDir, StdioWiring wiring) throws IOException {
        return supervisor.run(request, privateDir, wiring);
    }

    /** Host uid the sandboxed processes run as when the judge is root; empty means "same as the judge". */
    public OptionalInt sandboxUid() {
        return sandboxUid;
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public String describe() {
        return cgroups.describe();
    }

    /** Refuse early, with bubblewrap's own words, on hosts where user namespaces are blocked. */
    private void selfTest() {
        // 64 tasks, not fewer: without cgroups the task limit is RLIMIT_NPROC, which counts every
        // task of the sandbox uid on the host, so a tight probe fails while other runs wind down.
        SandboxLimits limits = new SandboxLimits(2000, 5000, 64L << 20, 64, 1 << 20, 1 << 16, 1 << 16,
                1 << 20, 8L << 20, 64);
        SandboxRequest probe = new SandboxRequest(List.of("/bin/true"), List.of(), "/", Map.of(), new byte[0], limits, false);
        try {
            Path dir = Files.createTempDirectory("boucle-judge-probe");
            try {
                RunOutcome outcome = run(probe, dir);
                if (outcome.setupFailure().isPresent() || outcome.exitCode() != 0) {
                    throw new SandboxUnavailableException("bubblewrap cannot create a sandbox here ("
                            + outcome.setupFailure().orElse("exit " + outcome.exitCode())
                            + "); unprivileged user namespaces may be disabled");
                }
            } finally {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot test the sandbox: " + e.getMessage());
        }
    }

    /** A runner that cannot start here (e.g. bubblewrap without --as-pid-1) means per-test sandboxes. */
    private void runnerSelfTest(StringBuilder why) {
        if (runner.isEmpty()) {
            return;
        }
        SandboxLimits limits = new SandboxLimits(2000, 5000, 64L << 20, 64, 1 << 20, 1 << 16, 1 << 16,
                1 << 20, 8L << 20, 64);
        try {
            Path dir = Files.createTempDirectory("boucle-judge-probe");
            try (SandboxSession session = session(new SessionRequest(List.of("/bin/true"), List.of(), Map.of(), limits), dir)) {
                RunOutcome outcome = session.run(new byte[0]);
                if (outcome.setupFailure().isPresent() || outcome.exitCode() != 0) {
                    why.append("the runner failed its self-test: ")
                            .append(outcome.setupFailure().orElse("exit " + outcome.exitCode()));
                    runner = Optional.empty();
                }
            } finally {
                Files.deleteIfExists(dir);
            }
        } catch (IOException | RuntimeException e) {
            why.append("the runner failed its self-test: ").append(e.getMessage());
            runner = Optional.empty();
        }
    }

    private static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String capture(List<String> argv) {
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readNBytes(4096);
            p.waitFor(5, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
