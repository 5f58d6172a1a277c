package dev.boucle.judge.checker;

/**
 * What a Kattis-protocol validator or interactor means by its exit code (problem package
 * format: 42 accepts, 43 rejects). Anything else, a crash included, is the judge's problem, never
 * the submission's: reported as SE so that nobody grades on it.
 */
public enum KattisExit {
    ACCEPTED,
    WRONG_ANSWER,
    JUDGE_ERROR;

    public static final int ACCEPTED_CODE = 42;
    public static final int WRONG_ANSWER_CODE = 43;

    public static KattisExit of(int exitCode) {
        return switch (exitCode) {
            case ACCEPTED_CODE -> ACCEPTED;
            case WRONG_ANSWER_CODE -> WRONG_ANSWER;
            default -> JUDGE_ERROR;
        };
    }
}
