package dev.boucle.scheduling;

import dev.boucle.scheduler.Assignment;
import dev.boucle.scheduler.Plan;
import dev.boucle.scheduler.SpreadLoop;
import dev.boucle.scheduler.Unplaced;
import java.time.Instant;
import java.util.List;

/**
 * A plan the engine proposed for a loop, in the app's ids: who leads each round and when, the
 * trainee shadowing it, the rounds it could not place with the rule that stops each ({@code why}),
 * the loop's spread over several days with the reason ({@code spread}, empty when on one day), and
 * its score (0 hard is usable). Plans stored before {@code why} and {@code spread} read as empty.
 */
public record ProposedPlan(List<Slot> slots, List<Long> unplaced, long hard, long medium, long soft, String solver, long millis,
        List<Why> why, List<Spread> spread) {

    public ProposedPlan {
        slots = List.copyOf(slots);
        unplaced = List.copyOf(unplaced);
        why = why == null ? List.of() : List.copyOf(why);
        spread = spread == null ? List.of() : List.copyOf(spread);
    }

    public record Slot(long roundId, long interviewerId, Instant start, Instant end, Long shadowId) {}

    /** Why a round is unplaced: {@code reason} one of the engine's {@link Unplaced.Reason} names, {@code detail} in English. */
    public record Why(long roundId, String reason, String detail) {}

    /** Why the loop takes {@code days} days: {@code reason} one of {@link SpreadLoop.Reason}'s names. */
    public record Spread(int days, String reason, String detail) {}

    static ProposedPlan of(Plan plan) {
        return new ProposedPlan(plan.assignments().stream().map(ProposedPlan::slot).toList(),
                plan.unassigned().stream().map(Long::parseLong).toList(), plan.score().hard(), plan.score().medium(),
                plan.score().soft(), plan.solver(), plan.millis(),
                plan.why().stream().map(u -> new Why(Long.parseLong(u.round()), u.reason().name(), u.detail())).toList(),
                plan.spread().stream().map(l -> new Spread(l.days(), l.reason().name(), l.detail())).toList());
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
