package dev.boucle.scheduler.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Loop;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Moves aimed at the rounds left out, the reason local search used to stall on a large week: an
 * unplaced round is placed only by a move that finds, at once, a start that fits the candidate's
 * other rounds and a lead who is qualified, free then and under their weekly cap. Random change
 * moves (a random lead at a random start) almost never hit that, and when the only free qualified
 * people have a full week, no single change can: a round of theirs must first go to someone else.
 * Each move here takes an unplaced round, a start that keeps the candidate's breaks (the loop's day
 * first), and either a free lead with room, or a free lead with a full week plus one of their rounds
 * that week handed to another free qualified person with room (an ejection chain of two). Half of
 * them, when some loop is spread over days, take instead a round off the loop's main day and bring
 * it there the same way: the single-variable moves cannot, for the same reason. A third of them
 * (all, when nothing is left out or astray) hand a round to the lightest person free then
 * ({@link #lighten}). Where several leads would do, the least-loaded is taken.
 */
public final class PlaceMoves implements MoveIteratorFactory<Schedule, ReassignMove> {

    /** Starts tried per move before giving up on the round this time. */
    private static final int START_TRIES = 12;

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        return scoreDirector.getWorkingSolution().getRounds().size();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<Schedule> scoreDirector) {
        throw new UnsupportedOperationException("placement moves are only selected at random");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector, Random random) {
        Schedule schedule = scoreDirector.getWorkingSolution();
        return new Iterator<>() {
            /** Built on the first move of a step: the working solution is the same for every move of the step. */
            private Snapshot snapshot;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReassignMove next() {
                if (snapshot == null) {
                    snapshot = Snapshot.of(schedule);
                }
                return propose(snapshot, random);
            }
        };
    }

    /** Where things stand: rounds left out, rounds off their loop's main day, each lead's rounds, each loop's placed rounds. */
    record Snapshot(List<Round> unplaced, List<Round> strays, List<Round> placed, Map<Interviewer, List<Round>> byLead,
            Map<Loop, List<Round>> loops) {

        static Snapshot of(Schedule schedule) {
            List<Round> unplaced = new ArrayList<>();
            Map<Loop, List<Round>> loops = new HashMap<>();
            Map<Interviewer, List<Round>> byLead = new HashMap<>();
            List<Round> placed = new ArrayList<>();
            for (Round r : schedule.getRounds()) {
                if (r.assigned() && !r.isPinned()) {
                    placed.add(r);
                }
                if (r.assigned()) {
                    loops.computeIfAbsent(r.loop(), k -> new ArrayList<>()).add(r);
                    byLead.computeIfAbsent(r.getLead(), k -> new ArrayList<>()).add(r);
                } else if (!r.isPinned() && !r.startRange().isEmpty() && !r.leadRange().isEmpty()) {
                    unplaced.add(r);
                }
            }
            return new Snapshot(unplaced, PlaceMoves.strays(loops), placed, byLead, loops);
        }
    }

    static ReassignMove propose(Schedule schedule, Random random) {
        return propose(Snapshot.of(schedule), random);
    }

    private static ReassignMove propose(Snapshot now, Random random) {
        List<Round> unplaced = now.unplaced();
        List<Round> strays = now.strays();
        if (unplaced.isEmpty() && strays.isEmpty() || random.nextInt(3) == 0) {
            return lighten(now, random);
        }
        boolean place = strays.isEmpty() || !unplaced.isEmpty() && random.nextBoolean();
        Round round = place ? unplaced.get(random.nextInt(unplaced.size())) : strays.get(random.nextInt(strays.size()));
        Map<Interviewer, List<Round>> byLead = without(now.byLead(), round);
        List<Round> loop = now.loops().getOrDefault(round.loop(), List.of()).stream().filter(r -> r != round).toList();
        for (int t = 0; t < START_TRIES; t++) {
            long start = place ? start(round, loop, random) : sameDayStart(round, loop, random);
            if (start < 0 || !apart(round, start, loop)) {
                continue;
            }
            List<Interviewer> leads = round.leadRange();
            int offset = random.nextInt(leads.size());
            Interviewer full = null;
            Interviewer lightest = null;
            for (int i = 0; i < leads.size(); i++) {
                Interviewer lead = leads.get((offset + i) % leads.size());
                if (!mayTake(lead, round.minutes(), start, byLead, loop)) {
                    continue;
                }
                if (roundsInWeek(lead, lead.week(start), byLead) < lead.roomIn(lead.week(start))) {
                    // The least-loaded of those free with room (ties: the random order): the load stays even.
                    if (lightest == null || load(lead, byLead) < load(lightest, byLead)) {
                        lightest = lead;
                    }
                } else {
                    full = full == null ? lead : full;
                }
            }
            if (lightest != null) {
                return new ReassignMove(List.of(round), List.of(lightest), List.of(start));
            }
            if (full != null) {
                ReassignMove chain = handOver(round, full, start, byLead, now.loops(), random);
                if (chain != null) {
                    return chain;
                }
            }
        }
        return ReassignMove.none();
    }

    /**
     * A random round handed, at the same time, to the least-loaded person free then with room, when
     * that person leads at least two rounds fewer (so the sum of squared loads falls). A random
     * change of lead almost never finds them: of a round's hundred-odd possible leads, few are free
     * at that time and fewer lighter.
     */
    private static ReassignMove lighten(Snapshot now, Random random) {
        if (now.placed().isEmpty()) {
            return ReassignMove.none();
        }
        Round round = now.placed().get(random.nextInt(now.placed().size()));
        Map<Interviewer, List<Round>> byLead = without(now.byLead(), round);
        List<Round> loop = now.loops().getOrDefault(round.loop(), List.of()).stream().filter(r -> r != round).toList();
        long start = round.getStart();
        Interviewer lightest = null;
        for (Interviewer lead : round.leadRange()) {
            long week = lead.week(start);
            if (lead != round.getLead() && mayTake(lead, round.minutes(), start, byLead, loop)
                    && roundsInWeek(lead, week, byLead) < lead.roomIn(week)
                    && (lightest == null || load(lead, byLead) < load(lightest, byLead))) {
                lightest = lead;
            }
        }
        if (lightest == null || load(lightest, byLead) >= load(round.getLead(), byLead)) {
            return ReassignMove.none();
        }
        return new ReassignMove(List.of(round), List.of(lightest), List.of(start));
    }

    /** Each lead's rounds as if {@code round} were not placed (it is the one moving); copies only its lead's list. */
    private static Map<Interviewer, List<Round>> without(Map<Interviewer, List<Round>> byLead, Round round) {
        if (!round.assigned()) {
            return byLead;
        }
        Map<Interviewer, List<Round>> copy = new HashMap<>(byLead);
        copy.put(round.getLead(), byLead.get(round.getLead()).stream().filter(r -> r != round).toList());
        return copy;
    }

    /** Rounds of loops spread over several days that are not on the loop's busiest day. */
    private static List<Round> strays(Map<Loop, List<Round>> loops) {
        List<Round> strays = new ArrayList<>();
        for (List<Round> rounds : loops.values()) {
            Map<Long, Integer> perDay = new HashMap<>();
            rounds.forEach(r -> perDay.merge(r.candidateDay(), 1, Integer::sum));
            if (perDay.size() > 1) {
                long main = mainDay(perDay);
                rounds.stream().filter(r -> !r.isPinned() && r.candidateDay() != main).forEach(strays::add);
            }
        }
        return strays;
    }

    private static long mainDay(Map<Long, Integer> perDay) {
        return perDay.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** A start on the day most of the loop's other rounds are on, or -1 when the range has none. */
    private static long sameDayStart(Round round, List<Round> loop, Random random) {
        Map<Long, Integer> perDay = new HashMap<>();
        loop.forEach(r -> perDay.merge(r.candidateDay(), 1, Integer::sum));
        if (perDay.isEmpty()) {
            return -1;
        }
        long day = mainDay(perDay);
        List<Long> sameDay = round.startRange().stream().filter(s -> round.loop().day(s) == day).toList();
        return sameDay.isEmpty() ? -1 : sameDay.get(random.nextInt(sameDay.size()));
    }

    /** A start of the round's range, on the day of the loop's rounds when it has some (3 times in 4). */
    private static long start(Round round, List<Round> loop, Random random) {
        List<Long> range = round.startRange();
        if (!loop.isEmpty() && random.nextInt(4) != 0) {
            long day = loop.getFirst().candidateDay();
            List<Long> sameDay = range.stream().filter(s -> round.loop().day(s) == day).toList();
            if (!sameDay.isEmpty()) {
                return sameDay.get(random.nextInt(sameDay.size()));
            }
        }
        return range.get(random.nextInt(range.size()));
    }

    private static boolean apart(Round round, long start, List<Round> loop) {
        long end = start + round.minutes();
        for (Round other : loop) {
            long gap = start <= other.getStart() ? other.getStart() - end : start - other.end();
            if (gap < round.loop().minBreak()) {
                return false;
            }
        }
        return true;
    }

    /** Free in their calendar and at work then, leading nothing else then, and not yet in this loop. */
    private static boolean mayTake(Interviewer lead, int minutes, long start, Map<Interviewer, List<Round>> byLead, List<Round> loop) {
        long end = start + minutes;
        if (lead.busyMinutes(start, end) > 0 || lead.minutesOutsideWork(start, end) > 0) {
            return false;
        }
        for (Round other : loop) {
            if (other.getLead() == lead) {
                return false;
            }
        }
        for (Round other : byLead.getOrDefault(lead, List.of())) {
            if (other.getStart() < end && start < other.end()) {
                return false;
            }
        }
        return true;
    }

    private static int load(Interviewer lead, Map<Interviewer, List<Round>> byLead) {
        return byLead.getOrDefault(lead, List.of()).size();
    }

    private static int roundsInWeek(Interviewer lead, long week, Map<Interviewer, List<Round>> byLead) {
        int n = 0;
        for (Round r : byLead.getOrDefault(lead, List.of())) {
            n += r.leadWeek() == week ? 1 : 0;
        }
        return n;
    }

    /** {@code full} takes the round; one of their rounds that week goes to another free qualified person with room. */
    private static ReassignMove handOver(Round round, Interviewer full, long start, Map<Interviewer, List<Round>> byLead,
            Map<Loop, List<Round>> loops, Random random) {
        long week = full.week(start);
        List<Round> theirs = byLead.getOrDefault(full, List.of()).stream()
                .filter(r -> !r.isPinned() && r.leadWeek() == week && r.loop() != round.loop()).toList();
        if (theirs.isEmpty()) {
            return null;
        }
        Round given = theirs.get(random.nextInt(theirs.size()));
        List<Round> givenLoop = loops.getOrDefault(given.loop(), List.of()).stream().filter(r -> r != given).toList();
        List<Interviewer> others = given.leadRange();
        int offset = random.nextInt(others.size());
        Interviewer lightest = null;
        for (int i = 0; i < others.size(); i++) {
            Interviewer other = others.get((offset + i) % others.size());
            long otherWeek = other.week(given.getStart());
            if (other != full && mayTake(other, given.minutes(), given.getStart(), byLead, givenLoop)
                    && roundsInWeek(other, otherWeek, byLead) < other.roomIn(otherWeek)
                    && (lightest == null || load(other, byLead) < load(lightest, byLead))) {
                lightest = other;
            }
        }
        return lightest == null ? null : new ReassignMove(List.of(round, given), List.of(full, lightest), List.of(start, given.getStart()));
    }
}
