package dev.boucle.judge.sandbox;

import java.util.List;
import java.util.Map;

/**
 * One program to run once per test, each time in a fresh process with fresh /tmp and /dev/shm
 * (the working directory), under the same limits. Only the stdin differs between tests.
 */
public record SessionRequest(List<String> command, List<Mount> mounts, Map<String, String> env, SandboxLimits limits) {
    /** Where every test starts; the runner and the per-test sandbox agree on it. */
    static final String WORK_DIR = "/tmp";

    public SessionRequest {
        command = List.copyOf(command);
        mounts = List.copyOf(mounts);
        env = Map.copyOf(env);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
    }

    SandboxRequest withInput(byte[] stdin) {
        return new SandboxRequest(command, mounts, WORK_DIR, env, stdin, limits, false);
    }
}
