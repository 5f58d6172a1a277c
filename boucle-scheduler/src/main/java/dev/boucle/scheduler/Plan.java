package dev.boucle.scheduler;

import java.util.List;

/** A schedule: placed rounds, the ids of rounds left out, its score, which solver made it and how long it took. */
public record Plan(List<Assignment> assignments, List<String> unassigned, Score score, String solver, long millis) {

    public Plan {
        assignments = Copies.list(assignments);
        unassigned = Copies.list(unassigned);
    }
}
