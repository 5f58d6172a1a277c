package dev.boucle.judge.checker;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Compares whitespace-separated tokens, so layout (spaces vs newlines) does not matter. */
public final class TokenChecker implements Checker {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public CheckResult check(byte[] input, byte[] output, byte[] expected) {
        List<String> got = tokens(output);
        List<String> want = tokens(expected);
        int common = Math.min(got.size(), want.size());
        for (int i = 0; i < common; i++) {
            if (!got.get(i).equals(want.get(i))) {
                return CheckResult.rejected("token " + (i + 1) + " differs");
            }
        }
        if (got.size() != want.size()) {
            return CheckResult.rejected("expected " + want.size() + " tokens, got " + got.size());
        }
        return CheckResult.ACCEPTED;
    }

    static List<String> tokens(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? List.of() : List.of(WHITESPACE.split(text));
    }
}
