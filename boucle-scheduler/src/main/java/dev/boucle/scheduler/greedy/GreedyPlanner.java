package dev.boucle.scheduler.greedy;

import dev.boucle.scheduler.model.Bookings;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Loop;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Another start for the solver, which spends people's weekly caps evenly: each loop on the
     * first of the candidate's days where every round finds a lead, each round to the least-loaded
     * lead free then (earliest start first); a loop no single day can hold goes round by round, on
     * its first round's day when anyone is free then. The earliest-start rule of {@link #start} fills the people free on Monday morning up to
     * their cap first; on a large week that leaves later loops with nobody left, a dead end local
     * search cannot climb out of. The solver starts from the better of the two.
     */
    public static Schedule startLeastLoaded(Schedule schedule) {
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
        Map<Loop, Long> dayOf = new HashMap<>();
        for (Round round : schedule.getRounds()) {
            if (round.assigned()) {
                dayOf.putIfAbsent(round.loop(), round.candidateDay());
            }
        }
        for (List<Round> loop : open.stream().collect(Collectors.groupingBy(Round::loop, LinkedHashMap::new, Collectors.toList())).values()) {
            if (dayOf.containsKey(loop.getFirst().loop()) || !onOneDay(loop, ledger, dayOf)) {
                loop.forEach(round -> placeLeastLoaded(round, ledger, dayOf));
            }
        }
        shadows(schedule, ledger);
        return schedule;
    }

    /** The whole loop on the first of the candidate's days where every round finds a least-loaded lead; none placed if no day does. */
    private static boolean onOneDay(List<Round> loop, Bookings ledger, Map<Loop, Long> dayOf) {
        Loop candidate = loop.getFirst().loop();
        List<Long> days = loop.getFirst().startRange().stream().map(candidate::day).distinct().toList();
        for (long day : days) {
            List<Round> placed = new ArrayList<>();
            for (Round round : loop) {
                if (!placeOnDay(round, ledger, day)) {
                    break;
                }
                placed.add(round);
            }
            if (placed.size() == loop.size()) {
                dayOf.put(candidate, day);
                return true;
            }
            placed.forEach(ledger::release);
        }
        return false;
    }

    private static boolean placeOnDay(Round round, Bookings ledger, long day) {
        List<Interviewer> leads = round.leadRange().stream().sorted(Comparator.comparingInt(ledger::load)).toList();
        for (Interviewer lead : leads) {
            for (long start : round.startRange()) {
                if (round.loop().day(start) == day && ledger.mayLead(lead, round, start)) {
                    ledger.lead(round, lead, start);
                    return true;
                }
            }
        }
        return false;
    }

    private static void placeLeastLoaded(Round round, Bookings ledger, Map<Loop, Long> dayOf) {
        Long day = dayOf.get(round.loop());
        List<Interviewer> leads = round.leadRange().stream().sorted(Comparator.comparingInt(ledger::load)).toList();
        for (int stage = day == null ? 1 : 0; stage < 2; stage++) {
            for (Interviewer lead : leads) {
                for (long start : round.startRange()) {
                    boolean onDay = day != null && round.loop().day(start) == day;
                    if ((stage == 0) == onDay && ledger.mayLead(lead, round, start)) {
                        ledger.lead(round, lead, start);
                        dayOf.putIfAbsent(round.loop(), round.candidateDay());
                        return;
                    }
                }
            }
        }
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
        shadows(schedule, ledger);
        return schedule;
    }

    private static void shadows(Schedule schedule, Bookings ledger) {
        for (Round round : schedule.getRounds()) {
            if (round.assigned() && round.getShadow() == null) {
                round.shadowRange().stream().filter(t -> ledger.mayShadow(t, round)).findFirst()
                        .ifPresent(t -> ledger.shadow(round, t));
            }
        }
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
