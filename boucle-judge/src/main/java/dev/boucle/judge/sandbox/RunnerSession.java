package dev.boucle.judge.sandbox;

import dev.boucle.judge.sandbox.cgroup.CgroupDriver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every test of a submission in one sandbox whose PID 1 is the runner (runner.c): one
 * bubblewrap per submission instead of one per test. Per test the host still creates a fresh
 * cgroup, moves the freshly forked test process into it before it may exec, enforces CPU, wall
 * clock and output, and sweeps the cgroup afterwards; the runner kills whatever else is left,
 * wipes /tmp and /dev/shm and removes SysV IPC objects before it reports the test over.
 *
 * <p>If the sandbox breaks mid-test (the runner died, or stopped talking), the test is run again
 * in a new sandbox, once: a test may sabotage its runner (it runs as the same uid) but gains
 * nothing by it. A test that changed the runner's own attributes ends the sandbox after its
 * verdict, so the next test starts from a new one.
 */
final class RunnerSession implements SandboxSession {
    private final SessionRequest request;
    private final Path privateDir;
    private final Path runner;
    private final CgroupDriver cgroups;
    private final Launcher launcher;
    private final BubblewrapCommand bubblewrap;
    private RunnerProcess live;

    RunnerSession(SessionRequest request, Path privateDir, Path runner, CgroupDriver cgroups, Launcher launcher,
                  BubblewrapCommand bubblewrap) {
        this.request = request;
        this.privateDir = privateDir;
        this.runner = runner;
        this.cgroups = cgroups;
        this.launcher = launcher;
        this.bubblewrap = bubblewrap;
    }

    @Override
    public RunOutcome run(byte[] stdin) throws IOException {
        String failure = "";
        for (int attempt = 0; attempt < 2; attempt++) {
            if (live == null) {
                live = RunnerProcess.start(request, privateDir, runner, cgroups, launcher, bubblewrap);
            }
            Optional<RunOutcome> outcome = live.run(stdin);
            if (!live.reusable()) {
                failure = live.diagnostics();
                closeLive();
            }
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        return new RunOutcome(-1, 0, 0, -1, Set.of(), new byte[0], "",
                Optional.of("the sandbox runner failed twice" + (failure.isBlank() ? "" : ": " + failure)));
    }

    @Override
    public void close() {
        closeLive();
    }

    private void closeLive() {
        if (live != null) {
            live.close();
            live = null;
        }
    }

    /** The runner's own command line: the test's rlimits, then the program. */
    static List<String> runnerArgs(SandboxLimits limits, boolean degraded) {
        return List.of(Long.toString(Launcher.cpuSeconds(limits.cpuMs())), Long.toString(limits.fileSizeBytes()),
                Long.toString(limits.stackBytes()), Integer.toString(limits.openFiles()),
                degraded ? Integer.toString(limits.maxProcesses()) : "0",
                degraded ? Long.toString(limits.memoryBytes()) : "0");
    }
}
