package dev.boucle.judge.verdict;

import java.util.Objects;

/**
 * What happened on one test. {@code detail} explains non-AC verdicts in one line
 * (exit code, signal name, checker message) and is empty for AC.
 */
public record TestResult(String name, Verdict verdict, long cpuMs, long wallMs, long memoryKb, String detail) {
    public TestResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        detail = detail == null ? "" : detail;
    }
}
