package dev.boucle.scheduler;

import dev.boucle.scheduler.model.Loop;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * How two scored schedules of one instance rank, as a recruiter ranks plans: fewer broken rules,
 * then fewer rounds left out, then fewer candidates whose loop is incomplete (a candidate missing
 * one round must come back), then the soft score. The solver's own score has no level for
 * incomplete loops; the engine uses this order to return the better of its start and its result.
 */
final class PlanRank {

    /** Better first. */
    static final Comparator<Schedule> BETTER_FIRST = Comparator
            .comparingLong((Schedule s) -> -s.getScore().hardScore())
            .thenComparingLong(s -> -s.getScore().mediumScore())
            .thenComparingInt(PlanRank::incompleteLoops)
            .thenComparingLong(s -> -s.getScore().softScore());

    private PlanRank() {
    }

    static int incompleteLoops(Schedule schedule) {
        Set<Loop> incomplete = new HashSet<>();
        for (Round r : schedule.getRounds()) {
            if (!r.assigned()) {
                incomplete.add(r.loop());
            }
        }
        return incomplete.size();
    }
}
