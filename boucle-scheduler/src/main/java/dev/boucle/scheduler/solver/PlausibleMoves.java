package dev.boucle.scheduler.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Round;
import java.util.List;

/**
 * Skips, before any scoring, a move that would put a person in a round while their calendar is
 * busy or outside their working hours. With calendars half full and four time zones, most random
 * moves are of that kind; scoring them only to reject them is where the time went.
 */
public final class PlausibleMoves implements SelectionFilter<Object, Move<Object>> {

    @Override
    public boolean accept(ScoreDirector<Object> scoreDirector, Move<Object> move) {
        List<Move<Object>> parts = move instanceof CompositeMove<Object> composite ? List.of(composite.getMoves()) : List.of(move);
        Round round = null;
        Interviewer lead = null;
        Interviewer shadow = null;
        Long start = null;
        for (Move<Object> part : parts) {
            if (!(part instanceof ChangeMove<Object> change)) {
                return true;
            }
            round = (Round) change.getEntity();
            switch (change.getVariableName()) {
                case "lead" -> lead = (Interviewer) change.getToPlanningValue();
                case "start" -> start = (Long) change.getToPlanningValue();
                default -> shadow = (Interviewer) change.getToPlanningValue();
            }
        }
        if (round == null) {
            return true;
        }
        long at = start != null ? start : round.getStart() == null ? -1 : round.getStart();
        if (at < 0) {
            return true;
        }
        long end = at + round.minutes();
        Interviewer who = lead != null ? lead : round.getLead();
        Interviewer trainee = shadow != null ? shadow : round.getShadow();
        return free(who, at, end) && free(trainee, at, end);
    }

    private static boolean free(Interviewer person, long start, long end) {
        return person == null || person.busyMinutes(start, end) == 0 && person.minutesOutsideWork(start, end) == 0;
    }
}
