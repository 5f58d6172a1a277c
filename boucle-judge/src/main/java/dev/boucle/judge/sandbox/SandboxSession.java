package dev.boucle.judge.sandbox;

import java.io.IOException;

/**
 * Runs the tests of one submission, one {@link #run} per test. Whatever the implementation, every
 * test is a fresh process with its own limits and cgroup, its whole process tree is gone when
 * {@code run} returns, and nothing it wrote is visible to the next test.
 */
public sealed interface SandboxSession extends AutoCloseable permits RunnerSession, FreshSandboxes {

    RunOutcome run(byte[] stdin) throws IOException;

    @Override
    void close() throws IOException;
}
