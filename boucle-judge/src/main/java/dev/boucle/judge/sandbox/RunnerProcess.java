package dev.boucle.judge.sandbox;

import dev.boucle.judge.sandbox.cgroup.Cgroup;
import dev.boucle.judge.sandbox.cgroup.CgroupDriver;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One live sandbox with the runner as its PID 1, and the host's half of the per-test protocol.
 * The sandbox itself (bubblewrap, the runner) lives in a cgroup of its own; each test's process is
 * moved into a fresh cgroup before it execs, so its limits and accounting are its own.
 */
final class RunnerProcess {
    private static final long POLL_MS = 5;
    private static final Duration DRAIN = Duration.ofSeconds(5);
    /** bubblewrap, the runner and a test process between fork and its move. */
    private static final int SANDBOX_TASKS = 8;
    /** The runner's own CPU rlimit: it only relays and wipes, but does so for every test. */
    private static final long RUNNER_CPU_MS = 3_600_000;
    private static final Pattern CHILD_PID = Pattern.compile("\"child-pid\"\\s*:\\s*(\\d+)");

    private final SandboxLimits limits;
    private final CgroupDriver cgroups;
    private final Cgroup group;
    private final Process process;
    private final Path status;
    private final DataOutputStream control;
    private final BlockingQueue<RunnerFrame> frames = new LinkedBlockingQueue<>();
    private final BoundedCapture stderr;
    private long runnerPid = -1;
    private boolean reusable = true;

    private RunnerProcess(SandboxLimits limits, CgroupDriver cgroups, Cgroup group, Process process, Path status) {
        this.limits = limits;
        this.cgroups = cgroups;
        this.group = group;
        this.process = process;
        this.status = status;
        this.control = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.stderr = new BoundedCapture(process.getErrorStream(), 16 * 1024, false, "runner-stderr");
        stderr.start();
        DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        Thread.ofPlatform().daemon().name("runner-frames").start(() -> {
            RunnerFrame frame;
            do {
                try {
                    frame = RunnerFrame.read(in);
                } catch (IOException e) {
                    frame = new RunnerFrame.Gone("the runner's output broke off: " + e.getMessage());
                }
                frames.add(frame);
            } while (!(frame instanceof RunnerFrame.Gone));
        });
    }

    static RunnerProcess start(SessionRequest request, Path privateDir, Path runner, CgroupDriver cgroups,
                               Launcher launcher, BubblewrapCommand bubblewrap) throws IOException {
        SandboxLimits test = request.limits();
        // The runner's own rlimits must not be below what it grants a test; RLIMIT_CPU is its own.
        SandboxLimits own = new SandboxLimits(RUNNER_CPU_MS, RUNNER_CPU_MS, test.memoryBytes(), test.maxProcesses(),
                test.fileSizeBytes(), test.stdoutBytes(), test.stderrBytes(), test.tmpBytes(), test.stackBytes(),
                test.openFiles());
        Path status = privateDir.resolve("status-" + UUID.randomUUID() + ".json");
        Cgroup group = cgroups.create("run-" + UUID.randomUUID(), test.memoryBytes(), SANDBOX_TASKS);
        try {
            List<String> argv = launcher.argv(status, group.procsFiles(), own, cgroups.degraded(),
                    bubblewrap.sessionArgv(request, runner, RunnerSession.runnerArgs(test, cgroups.degraded())));
            ProcessBuilder builder = new ProcessBuilder(argv);
            builder.environment().clear();
            builder.environment().put("PATH", "/usr/bin:/bin");
            return new RunnerProcess(test, cgroups, group, builder.start(), status);
        } catch (IOException | RuntimeException e) {
            group.killAll();
            group.awaitEmpty(DRAIN);
            group.remove();
            Files.deleteIfExists(status);
            throw e;
        }
    }

    boolean reusable() {
        return reusable;
    }

    String diagnostics() {
        return new String(stderr.bytes(100), StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }

    /** Empty when the sandbox broke before the test could finish; the test deserves another sandbox. */
    Optional<RunOutcome> run(byte[] stdin) throws IOException {
        Cgroup test = cgroups.create("run-" + UUID.randomUUID(), limits.memoryBytes(), limits.maxProcesses());
        try {
            return run(stdin, test);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reusable = false;
            throw new IOException("interrupted while supervising a run", e);
        } finally {
            test.killAll();
            if (!test.awaitEmpty(DRAIN)) {
                reusable = false;
            }
            test.remove();
        }
    }

    private Optional<RunOutcome> run(byte[] stdin, Cgroup test) throws InterruptedException {
        if (!send('T', stdin) || !(next(DRAIN.toMillis()) instanceof RunnerFrame.Forked)) {
            reusable = false;
            return Optional.empty();
        }
        // Until this move the test process is held before exec; it never runs outside its cgroup.
        if (!cgroups.degraded()) {
            Optional<Long> child = testProcess();
            if (child.isEmpty()) {
                reusable = false;
                return Optional.empty();
            }
            try {
                test.adopt(child.get());
            } catch (RuntimeException e) {
                reusable = false;
                return Optional.empty();
            }
        }
        long start = System.nanoTime();
        if (!send('G', null)) {
            reusable = false;
            return Optional.empty();
        }
        Set<LimitHit> hits = EnumSet.noneOf(LimitHit.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long wallDeadline = start + limits.wallMs() * 1_000_000;
        long cpuLimitNanos = limits.cpuMs() * 1_000_000;
        long killDeadline = Long.MAX_VALUE;
        RunnerFrame.Exited exit = null;
        while (exit == null) {
            RunnerFrame frame = frames.poll(POLL_MS, TimeUnit.MILLISECONDS);
            switch (frame) {
                case RunnerFrame.Output o when o.stdout() -> {
                    if (!keep(out, o.bytes(), limits.stdoutBytes())) {
                        hits.add(LimitHit.OUTPUT);
                    }
                }
                case RunnerFrame.Output o -> keep(err, o.bytes(), limits.stderrBytes());
                case RunnerFrame.Exited e -> exit = e;
                case RunnerFrame.Gone g -> {
                    reusable = false;
                    return Optional.empty();
                }
                case RunnerFrame.Forked f -> {
                    reusable = false;
                    return Optional.empty();
                }
                case null -> {
                }
            }
            if (exit != null) {
                break;
            }
            if (killDeadline == Long.MAX_VALUE) {
                if (test.cpuNanos() > cpuLimitNanos) {
                    hits.add(LimitHit.CPU);
                } else if (System.nanoTime() > wallDeadline && System.nanoTime() > wallDeadline + RunQueue.longestWaitNanos(test)) {
                    hits.add(LimitHit.WALL);
                }
                if (!hits.isEmpty()) {
                    test.killAll();
                    send('K', null);
                    killDeadline = System.nanoTime() + DRAIN.toNanos();
                }
            } else if (System.nanoTime() > killDeadline) {
                reusable = false;
                return Optional.empty();
            }
        }
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        long cpuNanos = test.cpuNanos();
        long cpuMs = cpuNanos < 0 ? wallMs : cpuNanos / 1_000_000;
        if (cpuMs > limits.cpuMs()) {
            hits.add(LimitHit.CPU);
        }
        if (test.oomKilled()) {
            hits.add(LimitHit.MEMORY);
        }
        long peak = test.peakMemoryBytes();
        reusable = exit.clean();
        return Optional.of(new RunOutcome(exit.exitCode(), cpuMs, wallMs, peak < 0 ? -1 : peak / 1024, hits,
                out.toByteArray(), err.toString(StandardCharsets.UTF_8), Optional.empty()));
    }

    /** Appends up to the cap; false once something had to be dropped. */
    private static boolean keep(ByteArrayOutputStream sink, byte[] bytes, long cap) {
        long room = cap - sink.size();
        sink.write(bytes, 0, (int) Math.max(0, Math.min(room, bytes.length)));
        return bytes.length <= room;
    }

    private RunnerFrame next(long timeoutMs) throws InterruptedException {
        RunnerFrame frame = frames.poll(timeoutMs, TimeUnit.MILLISECONDS);
        return frame == null ? new RunnerFrame.Gone("the runner did not answer") : frame;
    }

    private boolean send(char command, byte[] payload) {
        try {
            control.write(command);
            if (payload != null) {
                control.writeLong(payload.length);
                control.write(payload);
            }
            control.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The host pid of the process the runner just forked: the one process of the sandbox's cgroup
     * whose parent is the runner (bubblewrap reports the runner's host pid as its child).
     */
    private Optional<Long> testProcess() {
        long runner = runnerPid();
        if (runner < 0) {
            return Optional.empty();
        }
        List<Long> children = group.processes().stream()
                .filter(pid -> ProcessHandle.of(pid).flatMap(ProcessHandle::parent)
                        .map(parent -> parent.pid() == runner).orElse(false))
                .toList();
        return children.size() == 1 ? Optional.of(children.get(0)) : Optional.empty();
    }

    private long runnerPid() {
        if (runnerPid < 0) {
            try {
                Matcher m = CHILD_PID.matcher(Files.readString(status, StandardCharsets.UTF_8));
                if (m.find()) {
                    runnerPid = Long.parseLong(m.group(1));
                }
            } catch (IOException | RuntimeException e) {
                runnerPid = -1;
            }
        }
        return runnerPid;
    }

    /**
     * Closing the control pipe makes the runner exit, which collapses the PID namespace; the
     * cgroup sweep then catches anything that should somehow have outlived it.
     */
    void close() {
        try {
            control.close();
        } catch (IOException e) {
            // The runner is already gone.
        }
        try {
            if (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
                long runner = runnerPid();
                ProcessHandle.of(runner)
                        .filter(child -> child.parent().map(p -> p.pid() == process.pid()).orElse(false))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
            group.killAll();
            process.toHandle().destroyForcibly();
            process.waitFor(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            group.killAll();
            group.awaitEmpty(DRAIN);
            group.remove();
            try {
                Files.deleteIfExists(status);
            } catch (IOException e) {
                // Inside the submission's private directory, removed with it.
            }
        }
    }
}
