package dev.boucle.judge.sandbox;

import java.io.IOException;
import java.nio.file.Path;

/** The fallback session: a whole new sandbox per test (slower; used when the runner is unavailable). */
final class FreshSandboxes implements SandboxSession {
    private final Supervisor supervisor;
    private final SessionRequest request;
    private final Path privateDir;

    FreshSandboxes(Supervisor supervisor, SessionRequest request, Path privateDir) {
        this.supervisor = supervisor;
        this.request = request;
        this.privateDir = privateDir;
    }

    @Override
    public RunOutcome run(byte[] stdin) throws IOException {
        return supervisor.run(request.withInput(stdin), privateDir);
    }

    @Override
    public void close() {
        // Each run cleaned up after itself.
    }
}
