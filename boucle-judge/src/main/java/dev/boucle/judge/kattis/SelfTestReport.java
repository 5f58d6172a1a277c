package dev.boucle.judge.kattis;

import dev.boucle.judge.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of every program of a package's submissions/ folders against the one its folder
 * promises, and how the time limit was chosen.
 */
public record SelfTestReport(List<Entry> entries, List<String> skipped, int timeLimitMs, String timeLimitSource) {

    public SelfTestReport {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param path    the program's path in the package, e.g. submissions/accepted/sol.py
     * @param slowestMs the largest CPU time over its tests
     * @param detail  why it got its verdict when not accepted (first failing test), for humans
     */
    public record Entry(String path, String language, Verdict expected, Verdict actual, long slowestMs, String detail) {
        public boolean matches() {
            return expected == actual;
        }
    }

    public boolean passed() {
        return entries.stream().allMatch(Entry::matches) && entries.stream().anyMatch(e -> e.expected() == Verdict.AC);
    }

    /** The first problem found, naming the file: the one line a CLI or an API error shows. */
    public String failure() {
        for (Entry e : entries) {
            if (!e.matches()) {
                return e.path() + ": expected " + e.expected() + " (its folder), got " + e.actual()
                        + (e.detail().isEmpty() ? "" : " (" + e.detail() + ")");
            }
        }
        return entries.stream().anyMatch(e -> e.expected() == Verdict.AC) ? ""
                : "no program in submissions/accepted/ that this judge can run, so the tests cannot be checked";
    }

    public String toText() {
        List<String> lines = new ArrayList<>();
        lines.add("time limit " + timeLimitMs + " ms (" + timeLimitSource + ")");
        for (Entry e : entries) {
            lines.add((e.matches() ? "ok   " : "FAIL ") + e.path() + " [" + e.language() + "]: expected " + e.expected()
                    + ", got " + e.actual() + ", slowest " + e.slowestMs() + " ms"
                    + (e.detail().isEmpty() ? "" : " - " + e.detail()));
        }
        skipped.forEach(s -> lines.add("skip " + s));
        return String.join("\n", lines);
    }
}
