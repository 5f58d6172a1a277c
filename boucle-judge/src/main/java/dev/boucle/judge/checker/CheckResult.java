package dev.boucle.judge.checker;

/**
 * A checker's decision. Messages never quote the expected output: they are shown to candidates
 * and tests are hidden.
 */
public record CheckResult(boolean accepted, String message) {
    public static final CheckResult ACCEPTED = new CheckResult(true, "");

    public static CheckResult rejected(String message) {
        return new CheckResult(false, message);
    }
}
