package dev.boucle.scheduler.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Timefold Solver set up for this model. The search starts from a greedy plan (already free of
 * broken rules, so a usable plan exists from the first millisecond) and improves it by local
 * search (hill climbing, see {@link #acceptor()}) over five kinds of moves: change one variable;
 * give a round another lead and another start at once (a lead is rarely free at a new time, so
 * the joint move is what relocates a round); move several rounds of one loop together
 * ({@link LoopMoves}); two rounds trade leads (a busy lead gives a round to a less busy one who
 * gives one back, at times each is free: the load evens out where no single change can); place an
 * unplaced round, handing one of a full lead's rounds to someone else if need be ({@link PlaceMoves}).
 * Moves that would seat someone busy or off work are skipped unscored ({@link PlausibleMoves}).
 */
public final class ScheduleSolver {

    private static final SolverFactory<Schedule> FACTORY = SolverFactory.create(config());
    private static final SolutionManager<Schedule, HardMediumSoftLongScore> SCORING = SolutionManager.create(FACTORY);

    private ScheduleSolver() {
    }

    static SolverConfig config() {
        EntitySelectorConfig sameRound = new EntitySelectorConfig().withId("round");
        EntitySelectorConfig mimic = new EntitySelectorConfig().withMimicSelectorRef("round");
        var relocate = new CartesianProductMoveSelectorConfig().withFilterClass(PlausibleMoves.class).withMoveSelectors(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(sameRound)
                        .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("lead")),
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(mimic)
                        .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("start")));
        // Fixed shares of the moves tried. Without them Timefold picks each kind in proportion to its
        // number of moves, and the relocation's (a product: rounds x leads x rounds x starts, 10^10 on
        // a large week) took all but one in 10^4 picks: the loop and placement moves were never tried.
        var moves = new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withFilterClass(PlausibleMoves.class).withFixedProbabilityWeight(4.0),
                relocate.withFixedProbabilityWeight(2.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(LoopMoves.class).withFixedProbabilityWeight(1.0),
                new SwapMoveSelectorConfig().withVariableNameIncludes("lead").withFixedProbabilityWeight(2.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(PlaceMoves.class).withFixedProbabilityWeight(2.0));
        return new SolverConfig()
                .withEnvironmentMode(environmentMode())
                .withSolutionClass(Schedule.class)
                .withEntityClasses(Round.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(moves)
                        .withAcceptorConfig(acceptor()));
    }

    /**
     * Hill climbing that also takes sideways steps: measured against late acceptance (sizes 50 and
     * 400) on the medium benchmark, it ends far better in the same time, because a late-acceptance
     * walk drifts (a loop pushed onto two days, say) faster than it can come back on a busy machine.
     */
    static LocalSearchAcceptorConfig acceptor() {
        return new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING));
    }

    /**
     * No assertions by default (speed); {@code -Dboucle.scheduler.assert=full} turns on Timefold's full
     * assertions, which recompute the score from scratch after every move to catch a constraint that
     * scores incrementally wrong (slow: for tests and debugging).
     */
    private static EnvironmentMode environmentMode() {
        return "full".equals(System.getProperty("boucle.scheduler.assert")) ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.NO_ASSERT;
    }

    /** Scores a schedule with the same constraints the solver uses (for the greedy baseline, for checks). */
    public static HardMediumSoftLongScore score(Schedule schedule) {
        return SCORING.update(schedule);
    }

    /**
     * Improves {@code start} for at most {@code limit}, or until the best score has not moved for
     * {@code patience}; calls {@code onBest} from the solver thread on each new best schedule.
     */
    public static Schedule solve(Schedule start, Duration limit, Duration patience, Consumer<Schedule> onBest) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(limit)
                .withUnimprovedSpentLimit(patience);
        Solver<Schedule> solver = FACTORY.buildSolver(new SolverConfigOverride<Schedule>().withTerminationConfig(termination));
        solver.addEventListener(event -> onBest.accept(event.getNewBestSolution()));
        return solver.solve(start);
    }
}
