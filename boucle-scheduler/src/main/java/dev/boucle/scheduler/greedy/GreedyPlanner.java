package dev.boucle.scheduler.greedy;

import dev.boucle.scheduler.model.Bookings;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.Comparator;

/**
 * The baseline a person would follow by hand: pinned rounds stay; then loops in the order given,
 * each round kept where it was published if that still works, else at its earliest feasible start
 * with the least-loaded qualified lead (ties: input order); then the first free trainee shadows it.
 * It breaks no hard rule; a round with no feasible slot stays unplaced.
 */
public final class GreedyPlanner {

    private GreedyPlanner() {
    }

    public static Schedule plan(Schedule schedule) {
        Bookings ledger = new Bookings();
        for (Round round : schedule.getRounds()) {
            if (round.isPinned()) {
                ledger.lead(round, round.getLead(), round.getStart());
            }
        }
        for (Round round : schedule.getRounds()) {
            if (!round.isPinned() && !keepPublished(round, ledger)) {
                placeEarliest(round, ledger);
            }
        }
        for (Round round : schedule.getRounds()) {
            if (round.assigned() && round.getShadow() == null) {
                round.shadowRange().stream().filter(t -> ledger.mayShadow(t, round)).findFirst()
                        .ifPresent(t -> ledger.shadow(round, t));
            }
        }
        return schedule;
    }

    private static boolean keepPublished(Round round, Bookings ledger) {
        if (!round.hasPublished()) {
            return false;
        }
        Round.Placed published = round.publishedPlacement();
        if (ledger.mayLead(published.lead(), round, published.start())) {
            ledger.lead(round, published.lead(), published.start());
            return true;
        }
        return false;
    }

    private static void placeEarliest(Round round, Bookings ledger) {
        for (long start : round.startRange()) {
            Interviewer best = round.leadRange().stream()
                    .filter(lead -> ledger.mayLead(lead, round, start))
                    .min(Comparator.comparingInt(ledger::load))
                    .orElse(null);
            if (best != null) {
                ledger.lead(round, best, start);
                return;
            }
        }
    }
}
