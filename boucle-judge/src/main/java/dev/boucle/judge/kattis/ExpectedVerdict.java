package dev.boucle.judge.kattis;

import dev.boucle.judge.verdict.Verdict;
import java.util.Arrays;
import java.util.Optional;

/**
 * The submissions/ folders of a package and the verdict each promises. A Boucle problem keeps
 * them as solutions/NAME (accepted) and wrong/PREFIX-NAME, the bank's convention.
 */
public enum ExpectedVerdict {
    ACCEPTED("accepted", Verdict.AC, ""),
    WRONG_ANSWER("wrong_answer", Verdict.WA, "wa-"),
    TIME_LIMIT_EXCEEDED("time_limit_exceeded", Verdict.TLE, "tle-"),
    RUN_TIME_ERROR("run_time_error", Verdict.RE, "re-"),
    /** Not in the Kattis specification but used by DOMjudge packages, and a verdict Boucle has. */
    MEMORY_LIMIT_EXCEEDED("memory_limit_exceeded", Verdict.MLE, "mle-");

    private final String folder;
    private final Verdict verdict;
    private final String prefix;

    ExpectedVerdict(String folder, Verdict verdict, String prefix) {
        this.folder = folder;
        this.verdict = verdict;
        this.prefix = prefix;
    }

    public String folder() {
        return folder;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** The file-name prefix under wrong/ in a Boucle problem ("" for accepted, kept in solutions/). */
    public String prefix() {
        return prefix;
    }

    public static Optional<ExpectedVerdict> ofFolder(String folder) {
        return Arrays.stream(values()).filter(v -> v.folder.equals(folder)).findFirst();
    }

    /** The verdict promised by a file of a Boucle problem's wrong/ folder, from its prefix. */
    public static Optional<ExpectedVerdict> ofWrongFile(String fileName) {
        return Arrays.stream(values()).filter(v -> !v.prefix.isEmpty() && fileName.startsWith(v.prefix)).findFirst();
    }
}
