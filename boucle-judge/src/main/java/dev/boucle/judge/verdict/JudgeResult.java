package dev.boucle.judge.verdict;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of judging one submission. The overall verdict is the first non-AC test verdict
 * in test order, CE when compilation failed, SE when the judge itself failed.
 * {@code notes} carries operator-facing remarks such as degraded sandbox mode.
 */
public record JudgeResult(Verdict verdict, List<TestResult> tests, String compileOutput, List<String> notes) {
    public JudgeResult {
        Objects.requireNonNull(verdict, "verdict");
        tests = List.copyOf(tests);
        compileOutput = compileOutput == null ? "" : compileOutput;
        notes = List.copyOf(notes);
    }

    public static JudgeResult fromTests(List<TestResult> tests, String compileOutput, List<String> notes) {
        Verdict overall = tests.stream()
                .map(TestResult::verdict)
                .filter(v -> v != Verdict.AC)
                .findFirst()
                .orElse(Verdict.AC);
        return new JudgeResult(overall, tests, compileOutput, notes);
    }

    public static JudgeResult compileError(String compileOutput, List<String> notes) {
        return new JudgeResult(Verdict.CE, List.of(), compileOutput, notes);
    }

    public static JudgeResult systemError(String reason, List<String> notes) {
        return new JudgeResult(Verdict.SE, List.of(), "", concat(notes, "system error: " + reason));
    }

    private static List<String> concat(List<String> notes, String extra) {
        var all = new java.util.ArrayList<>(notes);
        all.add(extra);
        return all;
    }
}
