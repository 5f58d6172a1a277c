package dev.boucle.scheduler.greedy;

import dev.boucle.scheduler.model.Bookings;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Round;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places a whole loop at once, backtracking inside it: the greedy choice for one round (say the
 * only French speaker at 08:00) can leave a later round of the same loop nowhere to go, while
 * another choice places both. Each round tries its first few feasible placements (earliest start,
 * then least-loaded lead); a budget of feasibility checks keeps it linear in the number of loops.
 */
final class LoopPlacer {

    private static final int OPTIONS_PER_ROUND = 8;
    private static final int OPTIONS_PER_LEAD = 2;
    /** Feasibility checks allowed per loop (a loop that cannot be placed whole must fail fast). */
    private static final int BUDGET = 100_000;

    private final Bookings bookings;
    private int checks;

    LoopPlacer(Bookings bookings) {
        this.bookings = bookings;
    }

    /** Places every round of {@code rounds} (all unplaced, of one loop) and returns true, or places none and returns false. */
    boolean placeAll(List<Round> rounds) {
        checks = 0;
        return place(rounds, 0);
    }

    private boolean place(List<Round> rounds, int index) {
        if (index == rounds.size()) {
            return true;
        }
        if (checks > BUDGET) {
            return false;
        }
        Round round = rounds.get(index);
        for (long[] option : options(round)) {
            Interviewer lead = round.leadRange().get((int) option[1]);
            bookings.lead(round, lead, option[0]);
            if (place(rounds, index + 1)) {
                return true;
            }
            bookings.release(round);
        }
        return false;
    }

    /** {start, index of the lead}: earliest starts first, then the least-loaded lead at each; a few per lead. */
    private List<long[]> options(Round round) {
        List<long[]> options = new ArrayList<>();
        int[] perLead = new int[round.leadRange().size()];
        for (long start : round.startRange()) {
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < round.leadRange().size(); i++) {
                checks++;
                if (bookings.mayLead(round.leadRange().get(i), round, start)) {
                    free.add(i);
                }
            }
            free.sort(Comparator.comparingInt(i -> bookings.load(round.leadRange().get(i))));
            for (int i : free) {
                if (perLead[i]++ >= OPTIONS_PER_LEAD) {
                    continue;
                }
                options.add(new long[] {start, i});
                if (options.size() == OPTIONS_PER_ROUND) {
                    return options;
                }
            }
        }
        return options;
    }
}
