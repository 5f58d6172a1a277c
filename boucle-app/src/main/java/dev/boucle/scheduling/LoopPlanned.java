package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.process.StageKind;
import java.time.Duration;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A "plan this loop" run finished with its suggestion: the stage, the rounds it had to place and
 * those the recruiter pinned, the settings it ran under, the plan, and the scheduler's build.
 * Published in the transaction that stores the plan, so no suggestion is shown that was not logged.
 */
@DomainEvent
public record LoopPlanned(long scheduleId, ApplicationId application, StageKind stage, List<Long> rounds, List<Schedule.Pin> pins,
        Duration solveLimit, int minBreakMinutes, int horizonDays, ProposedPlan plan, String schedulerVersion) {

    public LoopPlanned {
        rounds = List.copyOf(rounds);
        pins = List.copyOf(pins);
    }

    /** The engine's build, and the solver library's under it (Timefold), as the jars say. */
    static final String VERSION = dev.boucle.platform.EngineVersion.of(dev.boucle.scheduler.Scheduler.class, "boucle-scheduler")
            + " (Timefold " + java.util.Objects.requireNonNullElse(
                    ai.timefold.solver.core.api.solver.SolverFactory.class.getPackage().getImplementationVersion(), "?") + ")";
}
