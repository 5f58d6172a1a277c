package dev.boucle.scheduler;

import java.util.List;

/**
 * A schedule: placed rounds, the ids of rounds left out, its score, which solver made it and how
 * long it took; for each round left out the rule that stops it ({@code why}), and each loop spread
 * over several days with the reason ({@code spread}).
 */
public record Plan(List<Assignment> assignments, List<String> unassigned, Score score, String solver, long millis,
        List<Unplaced> why, List<SpreadLoop> spread) {

    public Plan {
        assignments = Copies.list(assignments);
        unassigned = Copies.list(unassigned);
        why = why == null ? List.of() : Copies.list(why);
        spread = spread == null ? List.of() : Copies.list(spread);
    }

    /** A plan without explanations (a baseline's, a test's). */
    public Plan(List<Assignment> assignments, List<String> unassigned, Score score, String solver, long millis) {
        this(assignments, unassigned, score, solver, millis, List.of(), List.of());
    }

    /** The same plan, another solver name and time. */
    Plan as(String solverName, long took) {
        return new Plan(assignments, unassigned, score, solverName, took, why, spread);
    }
}
