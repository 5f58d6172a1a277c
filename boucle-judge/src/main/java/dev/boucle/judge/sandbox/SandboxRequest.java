package dev.boucle.judge.sandbox;

import java.util.List;
import java.util.Map;

/**
 * One command to run in a fresh sandbox.
 *
 * @param command argv, passed to bubblewrap untouched (no shell ever parses it)
 * @param stdin   bytes piped to the program; a pipe rather than a file so that no host path or
 *                re-openable descriptor is ever handed to the submission
 * @param stopOnStderrLimit kill the run once stderr passes its cap (compilers: the output is the
 *                diagnostics, and thousands of pages of them are not worth waiting for)
 */
public record SandboxRequest(
        List<String> command,
        List<Mount> mounts,
        String workDir,
        Map<String, String> env,
        byte[] stdin,
        SandboxLimits limits,
        boolean stopOnStderrLimit) {

    public SandboxRequest {
        command = List.copyOf(command);
        mounts = List.copyOf(mounts);
        env = Map.copyOf(env);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
    }
}
