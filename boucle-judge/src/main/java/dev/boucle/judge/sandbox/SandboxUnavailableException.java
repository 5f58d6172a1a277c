package dev.boucle.judge.sandbox;

/** The host cannot sandbox (no bubblewrap, no user namespaces): the judge refuses to run anything. */
public class SandboxUnavailableException extends RuntimeException {
    public SandboxUnavailableException(String message) {
        super(message);
    }
}
