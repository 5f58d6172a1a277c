package dev.boucle.scheduler.solver;

/**
 * Soft weights, in one place so the constraints, the exact search and the README agree. All soft
 * goals rank below placing a round (medium level), so none of them can leave a round out.
 */
public final class Weights {

    /**
     * Per extra local day a loop uses: a candidate should come (or log in) once. Above any trade
     * the other goals can offer for one round (a two-day loop is what the process rules out).
     */
    public static final long EXTRA_DAY = 5000;
    /** Per idle minute inside a loop's day, beyond the required breaks. */
    public static final long IDLE_MINUTE = 2;
    /**
     * Times the square of each lead's count of rounds: spreads the load, people with none included.
     * Handing a round from someone with 5 to someone with 3 gains 2 x this (25 + 9 - 16 - 16 = 2):
     * at 10, an hour outside 10:00-17:00 (60) outweighed it and the load barely evened out; at 250
     * it outweighs an idle hour, but not a loop's second day. Measured on 50 loops x 100 people
     * (seed 1): 60 left the load standard deviation at 0.65, 250 at 0.51, 1000 at 0.51 with 7
     * loops on two days instead of 1.
     */
    public static final long LOAD_SQUARED = 250;
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
