package dev.boucle.scheduler.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * New leads and starts for a few rounds at once (see {@link PlaceMoves}): an unplaced round placed
 * with a lead whose week is full while one of that lead's rounds passes to someone else. Neither
 * half alone is accepted by the climb (the first breaks the cap, the second alone changes nothing
 * worth it), so a single-variable search stays where the construction left it.
 */
final class ReassignMove extends AbstractMove<Schedule> {

    private final List<Round> rounds;
    private final List<Interviewer> leads;
    private final List<Long> starts;

    ReassignMove(List<Round> rounds, List<Interviewer> leads, List<Long> starts) {
        this.rounds = rounds;
        this.leads = leads;
        this.starts = starts;
    }

    static ReassignMove none() {
        return new ReassignMove(List.of(), List.of(), List.of());
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Schedule> scoreDirector) {
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            if (r.isPinned()) {
                return false;
            }
            if (r.getLead() != leads.get(i) || !Objects.equals(r.getStart(), starts.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Schedule> scoreDirector) {
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            scoreDirector.beforeVariableChanged(round, "lead");
            round.setLead(leads.get(i));
            scoreDirector.afterVariableChanged(round, "lead");
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
        List<Object> values = new ArrayList<>(leads);
        values.addAll(starts);
        return values;
    }

    @Override
    public String toString() {
        return "Reassign" + rounds + "->" + leads + "@" + starts;
    }
}
