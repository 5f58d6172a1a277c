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

    /**
     * Stop when the best plan has not improved for this share of the limit... Half: with a fifth,
     * small tight weeks stopped after 1.5 s of a 5 s limit, 1-10 % above the proven optimum; with
     * half, 0-1.5 % (bench small, seeds 1-5).
     */
    private static final int PATIENCE_DIVISOR = 2;
    /** ...but never wait less than this, nor more than the upper bound. */
    private static final Duration MIN_PATIENCE = Duration.ofMillis(500);
    private static final Duration MAX_PATIENCE = Duration.ofSeconds(10);
    /** Kept back from the search for what follows it: the final scoring, the comparison with the start, the explanations. */
    private static final Duration FINISH = Duration.ofMillis(900);
    /** The search gets at least this, even when the construction took the whole limit. */
    private static final Duration MIN_SEARCH = Duration.ofMillis(200);

    private Scheduler() {
    }

    /**
     * Solves with Timefold Solver for at most {@code limit} (constructing the start included),
     * stopping earlier when the best plan has not improved for a while (half the limit,
     * between 0.5 s and 10 s). {@code onBetterPlan} is called with the start, then from the solver
     * thread with each new best plan (progress for a user interface); the final plan is returned,
     * never worse than the start (rounds placed, then loops complete, then score), with why each
     * unplaced round is left out and why each loop on several days is not on one.
     *
     * @throws InstanceException naming the field at fault
     */
    public static Plan solve(Instance instance, Duration limit, Consumer<Plan> onBetterPlan) {
        InstanceValidator.validate(instance);
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive");
        }
        long began = System.nanoTime();
        Schedule start = bestStart(instance);
        Plan startPlan = Plans.of(start, "timefold", elapsed(began));
        for (Round r : start.getRounds()) {
            if (!r.assigned() && r.getStart() == null && !r.startRange().isEmpty()) {
                // An unplaced round keeps a start, so that a single move (a lead) can place it.
                r.setStart(r.startRange().getFirst());
            }
        }
        // The limit covers the construction too: the caller asked for a plan within it.
        Duration left = Duration.ofMillis(limit.toMillis() - elapsed(began) - FINISH.toMillis());
        left = left.compareTo(MIN_SEARCH) < 0 ? MIN_SEARCH : left;
        Duration patience = limit.dividedBy(PATIENCE_DIVISOR);
        patience = patience.compareTo(MIN_PATIENCE) < 0 ? MIN_PATIENCE : patience.compareTo(MAX_PATIENCE) > 0 ? MAX_PATIENCE : patience;
        Consumer<Plan> listener = onBetterPlan == null ? p -> { } : onBetterPlan;
        listener.accept(startPlan);
        Schedule best = ScheduleSolver.solve(start, left, patience,
                s -> listener.accept(Plans.of(s, "timefold", elapsed(began))));
        ScheduleSolver.score(best);
        // Never worse than where the search started (rounds placed, loops complete, then score):
        // hill climbing never loses score, but the score has no level for incomplete loops.
        Plan result = PlanRank.BETTER_FIRST.compare(best, scored(instance, startPlan)) <= 0 ? Plans.of(best, "timefold", elapsed(began))
                : startPlan.as("timefold", elapsed(began));
        return result;
    }

    /**
     * The better (see {@link PlanRank}) of the two constructions: whole loops at their earliest
     * starts, and rounds to the least-loaded free lead. Each is milliseconds; which one wins depends
     * on how scarce people are (earliest-first packs loops tightly, least-loaded saves the caps).
     */
    private static Schedule bestStart(Instance instance) {
        Schedule earliest = GreedyPlanner.start(Schedules.from(instance));
        ScheduleSolver.score(earliest);
        Schedule leastLoaded = GreedyPlanner.startLeastLoaded(Schedules.from(instance));
        ScheduleSolver.score(leastLoaded);
        return PlanRank.BETTER_FIRST.compare(earliest, leastLoaded) <= 0 ? earliest : leastLoaded;
    }

    /** The plan put back on a fresh model of the instance and scored, to rank it against another schedule. */
    private static Schedule scored(Instance instance, Plan plan) {
        Schedule schedule = Schedules.from(instance);
        java.util.Map<String, Assignment> byRound = new java.util.HashMap<>();
        plan.assignments().forEach(a -> byRound.put(a.round(), a));
        java.util.Map<String, dev.boucle.scheduler.model.Interviewer> people = new java.util.HashMap<>();
        schedule.getInterviewers().forEach(p -> people.put(p.id(), p));
        for (Round r : schedule.getRounds()) {
            Assignment a = byRound.get(r.id());
            if (a != null && !r.isPinned()) {
                r.setLead(people.get(a.interviewer()));
                r.setStart(dev.boucle.scheduler.model.Minutes.of(a.start()));
                r.setShadow(a.shadow() == null ? null : people.get(a.shadow()));
            }
        }
        ScheduleSolver.score(schedule);
        return schedule;
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
