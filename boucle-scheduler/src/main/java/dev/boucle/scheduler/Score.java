package dev.boucle.scheduler;

/**
 * The plan's score, each level a penalty (0 is best, negative is worse): {@code hard} broken rules
 * (a plan is usable only at 0), {@code medium} minus the number of unplaced rounds, {@code soft} the
 * weighted preferences. Levels compare lexicographically.
 */
public record Score(long hard, long medium, long soft) {

    public boolean feasible() {
        return hard == 0;
    }
}
