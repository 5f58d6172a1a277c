package dev.boucle.judge.checker;

/**
 * The exit codes of the Kattis protocol for output validators (and interactors): unusual numbers
 * so that a crashing validator (exit 1, a signal) is never mistaken for a judgement.
 */
public final class KattisExit {
    public static final int ACCEPTED = 42;
    public static final int WRONG_ANSWER = 43;

    private KattisExit() {
    }
}
