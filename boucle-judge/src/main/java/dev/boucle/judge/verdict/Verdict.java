package dev.boucle.judge.verdict;

/** The closed set of outcomes a submission or a single test can have. */
public enum Verdict {
    AC("accepted"),
    WA("wrong answer"),
    TLE("time limit exceeded"),
    MLE("memory limit exceeded"),
    RE("runtime error"),
    CE("compilation error"),
    OLE("output limit exceeded"),
    /** The judge failed; never the candidate's fault, so callers should retry or alert, not grade. */
    SE("system error");

    private final String description;

    Verdict(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean accepted() {
        return this == AC;
    }
}
