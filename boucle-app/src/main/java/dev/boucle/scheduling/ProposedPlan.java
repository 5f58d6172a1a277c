package dev.boucle.scheduling;

import dev.boucle.scheduler.Assignment;
import dev.boucle.scheduler.Plan;
import java.time.Instant;
import java.util.List;

/**
 * A plan the engine proposed for a loop, in the app's ids: who leads each round and when, the
 * trainee shadowing it, the rounds it could not place, and its score (0 hard is usable).
 */
public record ProposedPlan(List<Slot> slots, List<Long> unplaced, long hard, long medium, long soft, String solver, long millis) {

    public ProposedPlan {
        slots = List.copyOf(slots);
        unplaced = List.copyOf(unplaced);
    }

    public record Slot(long roundId, long interviewerId, Instant start, Instant end, Long shadowId) {}

    static ProposedPlan of(Plan plan) {
        return new ProposedPlan(plan.assignments().stream().map(ProposedPlan::slot).toList(),
                plan.unassigned().stream().map(Long::parseLong).toList(), plan.score().hard(), plan.score().medium(),
                plan.score().soft(), plan.solver(), plan.millis());
    }

    private static Slot slot(Assignment a) {
        return new Slot(Long.parseLong(a.round()), Long.parseLong(a.interviewer()), a.start(), a.end(),
                a.shadow() == null ? null : Long.parseLong(a.shadow()));
    }

    public boolean feasible() {
        return hard == 0;
    }

    public java.util.Optional<Slot> slot(long roundId) {
        return slots.stream().filter(s -> s.roundId() == roundId).findFirst();
    }
}
