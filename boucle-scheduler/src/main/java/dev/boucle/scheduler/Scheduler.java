package dev.boucle.scheduler;

import dev.boucle.scheduler.greedy.GreedyPlanner;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import dev.boucle.scheduler.model.Schedules;
import dev.boucle.scheduler.solver.ScheduleSolver;
import java.time.Duration;
import java.util.function.Consumer;

/** The engine's entry points: Timefold Solver, or the greedy baseline, over a validated instance. */
public final class Scheduler {

    /** Stop when the best plan has not improved for this share of the limit... */
    private static final int PATIENCE_DIVISOR = 5;
    /** ...but never wait less than this, nor more than the upper bound. */
    private static final Duration MIN_PATIENCE = Duration.ofMillis(500);
    private static final Duration MAX_PATIENCE = Duration.ofSeconds(10);

    private Scheduler() {
    }

    /**
     * Solves with Timefold Solver for at most {@code limit}, stopping earlier when the best plan has
     * not improved for a while (a fifth of the limit, between 0.5 s and 10 s). {@code onBetterPlan}
     * is called from the solver thread with each new best plan (progress for a user interface); the
     * final plan is returned.
     *
     * @throws InstanceException naming the field at fault
     */
    public static Plan solve(Instance instance, Duration limit, Consumer<Plan> onBetterPlan) {
        InstanceValidator.validate(instance);
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive");
        }
        long began = System.nanoTime();
        Schedule start = GreedyPlanner.start(Schedules.from(instance));
        for (Round r : start.getRounds()) {
            if (!r.assigned() && r.getStart() == null && !r.startRange().isEmpty()) {
                // An unplaced round keeps a start, so that a single move (a lead) can place it.
                r.setStart(r.startRange().getFirst());
            }
        }
        Duration patience = limit.dividedBy(PATIENCE_DIVISOR);
        patience = patience.compareTo(MIN_PATIENCE) < 0 ? MIN_PATIENCE : patience.compareTo(MAX_PATIENCE) > 0 ? MAX_PATIENCE : patience;
        Consumer<Plan> listener = onBetterPlan == null ? p -> { } : onBetterPlan;
        Schedule best = ScheduleSolver.solve(start, limit, patience,
                s -> listener.accept(Plans.of(s, "timefold", elapsed(began))));
        return Plans.of(best, "timefold", elapsed(began));
    }

    /**
     * The baseline: loops in input order, each round at its earliest feasible start with the
     * least-loaded qualified interviewer; scored by the same constraints as the solver.
     *
     * @throws InstanceException naming the field at fault
     */
    public static Plan greedy(Instance instance) {
        InstanceValidator.validate(instance);
        long began = System.nanoTime();
        Schedule schedule = GreedyPlanner.plan(Schedules.from(instance));
        ScheduleSolver.score(schedule);
        return Plans.of(schedule, "greedy", elapsed(began));
    }

    /**
     * The solver's construction heuristic alone, scored: each loop placed whole where it can be
     * (backtracking inside the loop), pinned rounds kept. Milliseconds where {@link #solve} takes
     * its time limit: for offering many alternative plans at once, or re-checking a chosen one
     * (pin every round and read the hard score).
     *
     * @throws InstanceException naming the field at fault
     */
    public static Plan construct(Instance instance) {
        InstanceValidator.validate(instance);
        long began = System.nanoTime();
        Schedule schedule = GreedyPlanner.start(Schedules.from(instance));
        ScheduleSolver.score(schedule);
        return Plans.of(schedule, "construct", elapsed(began));
    }

    private static long elapsed(long began) {
        return (System.nanoTime() - began) / 1_000_000;
    }
}
