package dev.boucle.scheduler;

import java.time.Duration;
import java.util.function.Consumer;

/** The engine's entry points: Timefold Solver, or the greedy baseline, over a validated instance. */
public final class Scheduler {

    private Scheduler() {
    }

    /**
     * Solves with Timefold Solver for at most {@code limit}, stopping earlier when the best plan has
     * not improved for a while. {@code onBetterPlan} is called from the solver thread with each new
     * best plan (progress for a user interface); the final plan is returned.
     *
     * @throws InstanceException naming the field at fault
     */
    public static Plan solve(Instance instance, Duration limit, Consumer<Plan> onBetterPlan) {
        InstanceValidator.validate(instance);
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The baseline: loops in input order, each round at its earliest feasible start with the
     * least-loaded qualified interviewer; scored by the same constraints as the solver.
     *
     * @throws InstanceException naming the field at fault
     */
    public static Plan greedy(Instance instance) {
        InstanceValidator.validate(instance);
        throw new UnsupportedOperationException("not yet");
    }
}
