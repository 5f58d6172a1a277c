package dev.boucle.scheduler.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is booked so far, so that a constructive planner (the greedy baseline, the exact search) can
 * ask "may this person lead (or shadow) this round at this start?" with every hard rule of the
 * constraints, without the solver, and take a booking back.
 */
public final class Bookings {

    private final Map<Interviewer, List<Round>> leading = new HashMap<>();
    private final Map<Interviewer, List<Round>> shadowing = new HashMap<>();
    private final Map<Loop, List<Round>> byLoop = new HashMap<>();

    public int load(Interviewer person) {
        return leading.getOrDefault(person, List.of()).size();
    }

    public boolean mayLead(Interviewer lead, Round round, long start) {
        long end = start + round.minutes();
        Loop loop = round.loop();
        if (!lead.qualifiedFor(round.type()) || !lead.speaks(loop.language()) || loop.excludes(lead)
                || lead.busyMinutes(start, end) > 0 || lead.minutesOutsideWork(start, end) > 0
                || loop.minutesOutsideAvailability(start, end) > 0) {
            return false;
        }
        long week = lead.week(start);
        int sameWeek = 0;
        for (Round other : leading.getOrDefault(lead, List.of())) {
            if (other.loop() == loop || overlaps(other, start, end)) {
                return false;
            }
            sameWeek += other.leadWeek() == week ? 1 : 0;
        }
        if (sameWeek >= lead.roomIn(week)) {
            return false;
        }
        for (Round other : byLoop.getOrDefault(loop, List.of())) {
            long gap = start <= other.getStart() ? other.getStart() - end : start - other.end();
            if (gap < loop.minBreak()) {
                return false;
            }
        }
        return true;
    }

    public boolean mayShadow(Interviewer trainee, Round round) {
        long start = round.getStart();
        long end = round.end();
        if (trainee.busyMinutes(start, end) > 0 || trainee.minutesOutsideWork(start, end) > 0) {
            return false;
        }
        for (Round other : shadowing.getOrDefault(trainee, List.of())) {
            if (overlaps(other, start, end)) {
                return false;
            }
        }
        return true;
    }

    public void lead(Round round, Interviewer lead, long start) {
        round.setLead(lead);
        round.setStart(start);
        leading.computeIfAbsent(lead, k -> new ArrayList<>()).add(round);
        byLoop.computeIfAbsent(round.loop(), k -> new ArrayList<>()).add(round);
    }

    public void shadow(Round round, Interviewer trainee) {
        round.setShadow(trainee);
        shadowing.computeIfAbsent(trainee, k -> new ArrayList<>()).add(round);
    }

    /** Takes back a round's lead booking (not its shadow), leaving it unplaced. */
    public void release(Round round) {
        leading.get(round.getLead()).remove(round);
        byLoop.get(round.loop()).remove(round);
        round.setLead(null);
        round.setStart(null);
    }

    private static boolean overlaps(Round other, long start, long end) {
        return other.getStart() < end && start < other.end();
    }
}
