package dev.boucle.scheduler.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.Collection;
import java.util.List;

/**
 * New starts for several rounds of one loop at once, leads kept: the whole loop shifted (to a
 * later hour, to another day), or two rounds trading places. One round at a time cannot get
 * there: each single step opens a gap in the loop that costs more than the move gains.
 */
final class LoopMove extends AbstractMove<Schedule> {

    private final List<Round> rounds;
    private final List<Long> starts;

    LoopMove(List<Round> rounds, List<Long> starts) {
        this.rounds = rounds;
        this.starts = starts;
    }

    /** Doable when every new start is one the round offers and keeps its people free and at work. */
    @Override
    public boolean isMoveDoable(ScoreDirector<Schedule> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            long start = starts.get(i);
            if (!round.assigned() || round.isPinned() || !round.startRange().contains(start)
                    || !free(round.getLead(), start, start + round.minutes()) || !free(round.getShadow(), start, start + round.minutes())) {
                return false;
            }
            changes |= start != round.getStart();
        }
        return changes;
    }

    private static boolean free(Interviewer person, long start, long end) {
        return person == null || person.busyMinutes(start, end) == 0 && person.minutesOutsideWork(start, end) == 0;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Schedule> scoreDirector) {
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            scoreDirector.beforeVariableChanged(round, "start");
            round.setStart(starts.get(i));
            scoreDirector.afterVariableChanged(round, "start");
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return rounds;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return starts;
    }

    @Override
    public String toString() {
        return "LoopMove" + rounds + "->" + starts;
    }
}
