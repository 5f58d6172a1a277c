package dev.boucle.scheduler.bench;

import dev.boucle.scheduler.model.Bookings;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import dev.boucle.scheduler.solver.Compactness;
import dev.boucle.scheduler.solver.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Branch and bound over every placement of every round (or none), for small instances without
 * trainees or published rounds: the proven optimum the solver is compared with. Rounds are taken
 * loop by loop; every soft cost only grows as rounds are placed (a loop's idle time and days are
 * counted once the loop is complete), so the cost so far is a lower bound, and a branch that cannot
 * beat the best plan known (at first the solver's) is cut. Hard rules are checked by {@link Bookings}.
 */
final class ExactSearch {

    record Result(boolean proven, long nodes, long medium, long soft) {
    }

    private record Option(Interviewer lead, long start, long cost) {
    }

    private final List<Round> rounds;
    private final Bookings bookings = new Bookings();
    private final long deadline;
    private final Interviewer[] bestLead;
    private final Long[] bestStart;
    private long bestMedium;
    private long bestSoft;
    private long nodes;
    private boolean timedOut;

    private ExactSearch(Schedule schedule, long deadline) {
        this.rounds = schedule.getRounds();
        this.deadline = deadline;
        this.bestLead = new Interviewer[rounds.size()];
        this.bestStart = new Long[rounds.size()];
    }

    /**
     * Searches for a plan strictly better than {@code incumbent} (which must already be placed in
     * the schedule and hold its score); leaves the best plan found in the schedule.
     */
    static Result optimise(Schedule schedule, long incumbentMedium, long incumbentSoft, long deadlineNanos) {
        ExactSearch search = new ExactSearch(schedule, deadlineNanos);
        search.bestMedium = incumbentMedium;
        search.bestSoft = incumbentSoft;
        for (int i = 0; i < search.rounds.size(); i++) {
            Round r = search.rounds.get(i);
            search.bestLead[i] = r.getLead();
            search.bestStart[i] = r.getStart();
            if (r.isPinned() || r.hasPublished() || r.getShadow() != null || !r.shadowRange().isEmpty()) {
                throw new IllegalArgumentException("exact search takes no pins, published rounds or trainees");
            }
            r.setLead(null);
            r.setStart(null);
        }
        search.branch(0, 0, 0);
        for (int i = 0; i < search.rounds.size(); i++) {
            search.rounds.get(i).setLead(search.bestLead[i]);
            search.rounds.get(i).setStart(search.bestStart[i]);
        }
        return new Result(!search.timedOut, search.nodes, search.bestMedium, search.bestSoft);
    }

    private void branch(int index, long medium, long soft) {
        nodes++;
        if ((nodes & 0xFFF) == 0 && System.nanoTime() > deadline) {
            timedOut = true;
        }
        if (timedOut || !better(medium, soft)) {
            return;
        }
        if (index == rounds.size()) {
            bestMedium = medium;
            bestSoft = soft;
            for (int i = 0; i < rounds.size(); i++) {
                bestLead[i] = rounds.get(i).getLead();
                bestStart[i] = rounds.get(i).getStart();
            }
            return;
        }
        Round round = rounds.get(index);
        for (Option option : options(round)) {
            bookings.lead(round, option.lead(), option.start());
            branch(index + 1, medium, soft + option.cost() + loopCost(index));
            bookings.release(round);
        }
        branch(index + 1, medium + 1, soft + loopCost(index));
    }

    private boolean better(long medium, long soft) {
        return medium < bestMedium || medium == bestMedium && soft < bestSoft;
    }

    /** Feasible placements of a round, cheapest first (so good plans come early and cut more). */
    private List<Option> options(Round round) {
        List<Option> options = new ArrayList<>();
        for (long start : round.startRange()) {
            for (Interviewer lead : round.leadRange()) {
                if (bookings.mayLead(lead, round, start)) {
                    int load = bookings.load(lead);
                    round.setLead(lead);
                    round.setStart(start);
                    long cost = Weights.UNCOMFORTABLE_MINUTE * Compactness.uncomfortableMinutes(round)
                            + Weights.LOAD_SQUARED * (2L * load + 1);
                    options.add(new Option(lead, start, cost));
                }
            }
        }
        round.setLead(null);
        round.setStart(null);
        options.sort(Comparator.comparingLong(Option::cost));
        return options;
    }

    /** Days and idle time of the loop that the round at {@code index} completes (0 if it completes none). */
    private long loopCost(int index) {
        Round round = rounds.get(index);
        if (index + 1 < rounds.size() && rounds.get(index + 1).loop() == round.loop()) {
            return 0;
        }
        Map<Long, List<Round>> days = new HashMap<>();
        for (int i = index; i >= 0 && rounds.get(i).loop() == round.loop(); i--) {
            Round r = rounds.get(i);
            if (r.assigned()) {
                days.computeIfAbsent(r.candidateDay(), d -> new ArrayList<>()).add(r);
            }
        }
        long cost = days.size() > 1 ? Weights.EXTRA_DAY * (days.size() - 1) : 0;
        for (List<Round> day : days.values()) {
            cost += Weights.IDLE_MINUTE * Compactness.idleMinutes(day);
        }
        return cost;
    }
}

