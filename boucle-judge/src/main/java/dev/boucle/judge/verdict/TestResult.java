package dev.boucle.judge.verdict;

import java.util.Objects;

/**
 * What happened on one test. {@code detail} explains non-AC verdicts in one line
 * (exit code, signal name, checker message) and is empty for AC. {@code stderr} is the start of
 * what the program wrote on stderr (at most {@link #STDERR_CHARS} characters): it helps an author
 * see why a run failed, but a submission can copy its input there, so it is for operators and
 * self-tests, never for showing a candidate hidden tests.
 */
public record TestResult(String name, Verdict verdict, long cpuMs, long wallMs, long memoryKb, String detail,
                         String stderr) {
    /** Enough for a stack trace's head; a run printing megabytes of logs keeps only this. */
    public static final int STDERR_CHARS = 4096;

    public TestResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        detail = detail == null ? "" : detail;
        stderr = bounded(stderr);
    }

    public TestResult(String name, Verdict verdict, long cpuMs, long wallMs, long memoryKb, String detail) {
        this(name, verdict, cpuMs, wallMs, memoryKb, detail, "");
    }

    private static String bounded(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= STDERR_CHARS) {
            return text;
        }
        return text.substring(0, STDERR_CHARS) + "\n[judge: " + (text.length() - STDERR_CHARS) + " more characters cut]";
    }
}
