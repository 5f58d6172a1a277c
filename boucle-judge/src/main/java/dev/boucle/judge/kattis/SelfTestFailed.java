package dev.boucle.judge.kattis;

/** A package whose submissions did not get the verdicts their folders promise: nothing was imported. */
public final class SelfTestFailed extends PackageException {
    private final transient SelfTestReport report;

    public SelfTestFailed(SelfTestReport report) {
        super("self-test failed: " + report.failure());
        this.report = report;
    }

    public SelfTestReport report() {
        return report;
    }
}
