package dev.boucle.scheduler.solver;

/**
 * Soft weights, in one place so the constraints, the exact search and the README agree. All soft
 * goals rank below placing a round (medium level), so none of them can leave a round out.
 */
public final class Weights {

    /** Per extra local day a loop uses: a candidate should come (or log in) once. */
    public static final long EXTRA_DAY = 600;
    /** Per idle minute inside a loop's day, beyond the required breaks. */
    public static final long IDLE_MINUTE = 2;
    /** Times the square of each lead's count of rounds: spreads the load, people with none included. */
    public static final long LOAD_SQUARED = 10;
    /** Reward per round shadowed by a trainee. */
    public static final long SHADOWED_ROUND = 30;
    /** Per minute before 10:00 or after 17:00 local, for the candidate and for the lead. */
    public static final long UNCOMFORTABLE_MINUTE = 1;
    /** Per published round that moves (other lead, other start, or no longer placed). */
    public static final long PUBLISHED_CHANGE = 2000;

    /** The comfortable local window, in minutes of the day. */
    public static final int COMFORT_START = 10 * 60;
    public static final int COMFORT_END = 17 * 60;

    private Weights() {
    }
}
