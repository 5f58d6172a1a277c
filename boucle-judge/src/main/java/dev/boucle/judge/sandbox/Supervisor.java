package dev.boucle.judge.sandbox;

import dev.boucle.judge.sandbox.cgroup.Cgroup;
import dev.boucle.judge.sandbox.cgroup.CgroupDriver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one request: creates its cgroup, starts the launcher chain, feeds stdin, watches CPU,
 * wall clock and output, then kills whatever is left of the tree and collects the accounting.
 */
final class Supervisor {
    private static final long POLL_MS = 5;
    private static final Duration DRAIN = Duration.ofSeconds(5);
    private static final Pattern CHILD_PID = Pattern.compile("\"child-pid\"\\s*:\\s*(\\d+)");

    private final CgroupDriver cgroups;
    private final Launcher launcher;
    private final BubblewrapCommand bubblewrap;

    Supervisor(CgroupDriver cgroups, Launcher launcher, BubblewrapCommand bubblewrap) {
        this.cgroups = cgroups;
        this.launcher = launcher;
        this.bubblewrap = bubblewrap;
    }

    /** @param privateDir a judge-only directory (never mounted into any sandbox) for the status file */
    RunOutcome run(SandboxRequest request, Path privateDir) throws IOException {
        return run(request, privateDir, null);
    }

    /** @param wiring streams to talk through instead of request.stdin() and a kept stdout; may be null */
    RunOutcome run(SandboxRequest request, Path privateDir, StdioWiring wiring) throws IOException {
        SandboxLimits limits = request.limits();
        Path status = privateDir.resolve("status-" + UUID.randomUUID() + ".json");
        Cgroup cgroup = cgroups.create("run-" + UUID.randomUUID(), limits.memoryBytes(), limits.maxProcesses());
        try {
            List<String> argv = launcher.argv(status, cgroup.procsFiles(), limits, cgroups.degraded(),
                    bubblewrap.argv(request));
            ProcessBuilder builder = new ProcessBuilder(argv);
            builder.environment().clear();
            builder.environment().put("PATH", "/usr/bin:/bin");
            long start = System.nanoTime();
            Process process = builder.start();
            BoundedCapture stdout = wiring == null
                    ? new BoundedCapture(process.getInputStream(), limits.stdoutBytes(), true, "sandbox-stdout")
                    : BoundedCapture.forwarding(process.getInputStream(), limits.stdoutBytes(), wiring.stdoutTo(),
                            "sandbox-stdout-relay");
            BoundedCapture stderr = new BoundedCapture(process.getErrorStream(), limits.stderrBytes(),
                    request.stopOnStderrLimit(), "sandbox-stderr");
            stdout.start();
            stderr.start();
            if (wiring == null) {
                feed(process.getOutputStream(), request.stdin());
            } else {
                relay(wiring.stdinFrom(), process.getOutputStream());
            }

            Set<LimitHit> hits = watch(process, cgroup, stdout, stderr, request.stopOnStderrLimit(), limits, start);
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            stop(process, cgroup, status);
            boolean empty = cgroup.awaitEmpty(DRAIN);

            byte[] out = stdout.bytes(DRAIN.toMillis());
            String err = new String(stderr.bytes(DRAIN.toMillis()), StandardCharsets.UTF_8);
            if (stdout.overflowed()) {
                hits.add(LimitHit.OUTPUT);
            }
            long cpuNanos = cgroup.cpuNanos();
            long cpuMs = cpuNanos < 0 ? wallMs : cpuNanos / 1_000_000;
            if (cpuMs > limits.cpuMs()) {
                hits.add(LimitHit.CPU);
            }
            if (cgroup.oomKilled()) {
                hits.add(LimitHit.MEMORY);
            }
            long peak = cgroup.peakMemoryBytes();
            int exit = process.isAlive() ? -1 : process.exitValue();
            Optional<String> setupFailure = setupFailure(status, exit, err, empty);
            return new RunOutcome(exit, cpuMs, wallMs, peak < 0 ? -1 : peak / 1024, hits, out, err, setupFailure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while supervising a run", e);
        } finally {
            cgroup.killAll();
            cgroup.awaitEmpty(DRAIN);
            cgroup.remove();
            Files.deleteIfExists(status);
        }
    }

    /**
     * Kills the sandbox's init first, so that the PID namespace collapses and bubblewrap reaps
     * everything itself; killing all at once would orphan zombies onto the host's init. Then the
     * cgroup sweep catches anything left, e.g. when bubblewrap died before reporting its child.
     */
    private static void stop(Process process, Cgroup cgroup, Path status) throws InterruptedException {
        if (process.isAlive()) {
            childPid(status)
                    .flatMap(ProcessHandle::of)
                    // Only our own child: never a recycled pid that now belongs to someone else.
                    .filter(child -> child.parent().map(p -> p.pid() == process.pid()).orElse(false))
                    .ifPresent(ProcessHandle::destroyForcibly);
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        // Always sweep the group: setsid()-ed or double-forked children may outlive the main process.
        cgroup.killAll();
        // Through the handle: Process.destroyForcibly() would also close our ends of the pipes
        // while the capture threads are still draining them, losing the program's last output.
        process.toHandle().destroyForcibly();
        process.waitFor(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Optional<Long> childPid(Path status) {
        try {
            Matcher m = CHILD_PID.matcher(Files.readString(status, StandardCharsets.UTF_8));
            return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void feed(OutputStream stdin, byte[] input) {
        Thread.ofPlatform().daemon().name("sandbox-stdin").start(() -> {
            try (stdin) {
                stdin.write(input);
            } catch (IOException e) {
                // The program may exit without reading all of its input; that is its business.
            }
        });
    }

    /** Passes a peer's output to the program as it comes; see {@link StdioWiring}. */
    private static void relay(InputStream from, OutputStream stdin) {
        Thread.ofPlatform().daemon().name("sandbox-stdin-relay").start(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (from; stdin) {
                int n;
                while ((n = from.read(buffer)) >= 0) {
                    stdin.write(buffer, 0, n);
                    stdin.flush();
                }
            } catch (IOException e) {
                // The program exited or closed its stdin: closing `from` tells the peer's relay.
            }
        });
    }

    private static Set<LimitHit> watch(Process process, Cgroup cgroup, BoundedCapture stdout, BoundedCapture stderr,
                                       boolean stopOnStderr, SandboxLimits limits, long start)
            throws InterruptedException {
        Set<LimitHit> hits = EnumSet.noneOf(LimitHit.class);
        long wallDeadline = start + limits.wallMs() * 1_000_000;
        long cpuLimitNanos = limits.cpuMs() * 1_000_000;
        while (!process.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
            if (stdout.overflowed() || (stopOnStderr && stderr.overflowed())) {
                hits.add(LimitHit.OUTPUT);
                break;
            }
            if (cgroup.cpuNanos() > cpuLimitNanos) {
                hits.add(LimitHit.CPU);
                break;
            }
            if (System.nanoTime() > wallDeadline) {
                hits.add(LimitHit.WALL);
                break;
            }
        }
        // Sampled before the sweep on hosts without memory.peak.
        cgroup.peakMemoryBytes();
        return hits;
    }

    /** Distinguishes "the sandbox never started" (our fault) from anything the program did. */
    private static Optional<String> setupFailure(Path status, int exit, String stderr, boolean cgroupEmptied) {
        if (!cgroupEmptied) {
            return Optional.of("processes survived the cgroup kill");
        }
        String json = "";
        try {
            if (Files.isRegularFile(status, LinkOption.NOFOLLOW_LINKS)) {
                json = Files.readString(status, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            json = "";
        }
        if (json.contains("\"child-pid\"")) {
            return Optional.empty();
        }
        String firstLine = stderr.lines().findFirst().orElse("no output");
        return Optional.of("sandbox did not start (exit " + exit + "): " + firstLine);
    }
}
