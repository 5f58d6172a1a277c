package dev.boucle.judge.checker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Line-by-line equality. Trailing spaces, CR before LF and trailing blank lines are ignored:
 * they are invisible to candidates and failing on them would only teach them to distrust the judge.
 */
public final class ExactChecker implements Checker {

    @Override
    public CheckResult check(byte[] input, byte[] output, byte[] expected) {
        List<String> got = lines(output);
        List<String> want = lines(expected);
        int common = Math.min(got.size(), want.size());
        for (int i = 0; i < common; i++) {
            if (!got.get(i).equals(want.get(i))) {
                return CheckResult.rejected("line " + (i + 1) + " differs");
            }
        }
        if (got.size() != want.size()) {
            return CheckResult.rejected("expected " + want.size() + " lines, got " + got.size());
        }
        return CheckResult.ACCEPTED;
    }

    static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.replaceAll(ExactChecker::stripTrailing);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
