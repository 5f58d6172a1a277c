package dev.boucle.scheduler;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import dev.boucle.scheduler.model.Minutes;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.ArrayList;
import java.util.List;

/** Reads a solved (and scored) schedule back into the public plan: UTC instants, ids. */
final class Plans {

    private Plans() {
    }

    static Plan of(Schedule schedule, String solver, long millis) {
        List<Assignment> assignments = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        for (Round r : schedule.getRounds()) {
            if (r.assigned()) {
                assignments.add(new Assignment(r.id(), r.getLead().id(), Minutes.instant(r.getStart()),
                        Minutes.instant(r.end()), r.getShadow() == null ? null : r.getShadow().id()));
            } else {
                unassigned.add(r.id());
            }
        }
        HardMediumSoftLongScore s = schedule.getScore();
        return new Plan(assignments, unassigned, new Score(s.hardScore(), s.mediumScore(), s.softScore()), solver, millis,
                Explanations.unplaced(schedule), Explanations.spread(schedule));
    }
}
