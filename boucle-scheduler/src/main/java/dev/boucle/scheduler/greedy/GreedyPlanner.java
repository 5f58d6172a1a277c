package dev.boucle.scheduler.greedy;

import dev.boucle.scheduler.model.Bookings;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The baseline a person would follow by hand: pinned rounds stay; published rounds stay where that
 * still works; then loops in the order given, each round at its earliest feasible start with the
 * least-loaded qualified lead (ties: input order); then the first free trainee shadows each round.
 * It breaks no hard rule; a round with no feasible slot stays unplaced.
 */
public final class GreedyPlanner {

    private GreedyPlanner() {
    }

    public static Schedule plan(Schedule schedule) {
        return plan(schedule, false);
    }

    /**
     * The solver's starting point: as {@link #plan}, but each loop's unplaced rounds are first
     * placed together by {@link LoopPlacer}, which backtracks inside the loop.
     */
    public static Schedule start(Schedule schedule) {
        return plan(schedule, true);
    }

    private static Schedule plan(Schedule schedule, boolean wholeLoops) {
        Bookings ledger = new Bookings();
        for (Round round : schedule.getRounds()) {
            if (round.isPinned()) {
                ledger.lead(round, round.getLead(), round.getStart());
            }
        }
        List<Round> open = new ArrayList<>();
        for (Round round : schedule.getRounds()) {
            if (!round.isPinned() && !keepPublished(round, ledger)) {
                open.add(round);
            }
        }
        LoopPlacer loops = new LoopPlacer(ledger);
        for (List<Round> loop : open.stream().collect(Collectors.groupingBy(Round::loop, LinkedHashMap::new, Collectors.toList())).values()) {
            if (!wholeLoops || !loops.placeAll(loop)) {
                loop.forEach(round -> placeEarliest(round, ledger));
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
