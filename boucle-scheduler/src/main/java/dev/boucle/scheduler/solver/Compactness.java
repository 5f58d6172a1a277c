package dev.boucle.scheduler.solver;

import dev.boucle.scheduler.model.Round;
import java.util.Collection;

/** Arithmetic of the soft goals about time, shared by the constraints and the exact search. */
public final class Compactness {

    private Compactness() {
    }

    /** Idle minutes of one loop's rounds on one day: span minus rounds minus the required breaks. */
    public static long idleMinutes(Collection<Round> day) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long busy = 0;
        int minBreak = 0;
        for (Round r : day) {
            first = Math.min(first, r.getStart());
            last = Math.max(last, r.end());
            busy += r.minutes();
            minBreak = r.loop().minBreak();
        }
        return Math.max(0, (last - first) - busy - (long) (day.size() - 1) * minBreak);
    }

    /** Minutes outside 10:00-17:00 local, counted for the candidate and for the lead. */
    public static long uncomfortableMinutes(Round r) {
        long start = r.getStart();
        return r.loop().zone().minutesOutside(start, r.end(), Weights.COMFORT_START, Weights.COMFORT_END)
                + r.getLead().zone().minutesOutside(start, r.end(), Weights.COMFORT_START, Weights.COMFORT_END);
    }
}
