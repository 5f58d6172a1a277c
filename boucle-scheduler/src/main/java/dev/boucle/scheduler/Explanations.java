package dev.boucle.scheduler;

import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Loop;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import dev.boucle.scheduler.model.Stretches;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Says, for a finished schedule, which rule stops each unplaced round (checked against the rest of
 * the plan as it stands), and why each loop spread over several days is not on one day.
 */
final class Explanations {

    private final Schedule schedule;
    private final Map<Interviewer, List<Round>> byLead = new HashMap<>();
    private final Map<Loop, List<Round>> byLoop = new LinkedHashMap<>();

    private Explanations(Schedule schedule) {
        this.schedule = schedule;
        for (Round r : schedule.getRounds()) {
            byLoop.computeIfAbsent(r.loop(), k -> new ArrayList<>()).add(r);
            if (r.assigned()) {
                byLead.computeIfAbsent(r.getLead(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    static List<Unplaced> unplaced(Schedule schedule) {
        Explanations e = new Explanations(schedule);
        List<Unplaced> out = new ArrayList<>();
        for (Round r : schedule.getRounds()) {
            if (!r.assigned()) {
                out.add(e.why(r));
            }
        }
        return out;
    }

    static List<SpreadLoop> spread(Schedule schedule) {
        Explanations e = new Explanations(schedule);
        List<SpreadLoop> out = new ArrayList<>();
        for (Map.Entry<Loop, List<Round>> entry : e.byLoop.entrySet()) {
            List<Round> placed = entry.getValue().stream().filter(Round::assigned).toList();
            long days = placed.stream().mapToLong(Round::candidateDay).distinct().count();
            if (days > 1) {
                out.add(e.spreadReason(entry.getKey(), entry.getValue(), (int) days));
            }
        }
        return out;
    }

    private Unplaced why(Round round) {
        Loop loop = round.loop();
        if (round.startRange().isEmpty()) {
            return new Unplaced(round.id(), Unplaced.Reason.NO_WINDOW,
                    "no stretch of " + round.minutes() + " minutes in " + loop.candidate() + "'s availability");
        }
        List<Interviewer> qualified = schedule.getInterviewers().stream().filter(p -> p.qualifiedFor(round.type())).toList();
        if (qualified.isEmpty()) {
            return new Unplaced(round.id(), Unplaced.Reason.NO_QUALIFIED_INTERVIEWER, "nobody leads " + round.type() + " rounds");
        }
        List<Interviewer> speakers = qualified.stream().filter(p -> p.speaks(loop.language())).toList();
        if (speakers.isEmpty()) {
            return new Unplaced(round.id(), Unplaced.Reason.LANGUAGE, qualified.size() + " lead " + round.type()
                    + " rounds, none speaks " + loop.language());
        }
        List<Interviewer> eligible = speakers.stream().filter(p -> !loop.excludes(p)).toList();
        if (eligible.isEmpty()) {
            return new Unplaced(round.id(), Unplaced.Reason.EXCLUSIONS, "the " + speakers.size() + " who lead " + round.type()
                    + " rounds in " + loop.language() + " already met " + loop.candidate());
        }
        int free = 0;
        int withRoom = 0;
        boolean takenElsewhere = false;
        boolean placeable = false;
        for (Interviewer lead : eligible) {
            boolean isFree = false;
            boolean hasRoom = false;
            for (long start : round.startRange()) {
                long end = start + round.minutes();
                if (lead.busyMinutes(start, end) > 0 || lead.minutesOutsideWork(start, end) > 0) {
                    continue;
                }
                isFree = true;
                long week = lead.week(start);
                if (roundsInWeek(lead, week) >= lead.roomIn(week)) {
                    continue;
                }
                hasRoom = true;
                if (leadsThen(lead, start, end) || sitsOn(lead, loop)) {
                    continue;
                }
                // Free, with room, not taken: only the candidate's own other rounds can be in the way.
                takenElsewhere = true;
                placeable |= apart(round, start, end);
            }
            free += isFree ? 1 : 0;
            withRoom += hasRoom ? 1 : 0;
        }
        if (free == 0) {
            return new Unplaced(round.id(), Unplaced.Reason.NO_INTERVIEWER_FREE, "none of the " + eligible.size()
                    + " who may lead it is free in " + loop.candidate() + "'s windows");
        }
        if (withRoom == 0) {
            return new Unplaced(round.id(), Unplaced.Reason.WEEKLY_CAPS, "the " + free
                    + " free in the candidate's windows have reached their weekly cap");
        }
        if (placeable) {
            return new Unplaced(round.id(), Unplaced.Reason.NOT_FOUND, "a placement exists; the planner stopped before finding it");
        }
        if (takenElsewhere) {
            return new Unplaced(round.id(), Unplaced.Reason.CANDIDATE_SCHEDULE, "the people free then with room are free only"
                    + " during " + loop.candidate() + "'s other rounds or breaks");
        }
        return new Unplaced(round.id(), Unplaced.Reason.TAKEN_BY_OTHER_ROUNDS, "the " + withRoom
                + " free with room lead other rounds at those times or already sit on this loop");
    }

    private SpreadLoop spreadReason(Loop loop, List<Round> rounds, int days) {
        long needed = rounds.stream().mapToLong(Round::minutes).sum() + (long) (rounds.size() - 1) * loop.minBreak();
        Map<Long, Long> perDay = new TreeMap<>();
        Stretches available = loop.available();
        for (int i = 0; i < available.size(); i++) {
            perDay.merge(loop.day(available.start(i)), available.end(i) - available.start(i), Long::sum);
        }
        long longest = perDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (longest < needed) {
            return new SpreadLoop(loop.candidate(), days, SpreadLoop.Reason.AVAILABILITY, "the rounds and breaks take "
                    + needed + " minutes, the longest day of availability " + longest);
        }
        return new SpreadLoop(loop.candidate(), days, SpreadLoop.Reason.INTERVIEWERS, "a day of " + longest
                + " available minutes holds the " + needed + " needed, but not with free interviewers for every round");
    }

    private boolean apart(Round round, long start, long end) {
        for (Round other : byLoop.get(round.loop())) {
            if (other != round && other.assigned()) {
                long gap = start <= other.getStart() ? other.getStart() - end : start - other.end();
                if (gap < round.loop().minBreak()) {
                    return false;
                }
            }
        }
        return true;
    }

    private int roundsInWeek(Interviewer lead, long week) {
        int n = 0;
        for (Round r : byLead.getOrDefault(lead, List.of())) {
            n += r.leadWeek() == week ? 1 : 0;
        }
        return n;
    }

    private boolean leadsThen(Interviewer lead, long start, long end) {
        for (Round r : byLead.getOrDefault(lead, List.of())) {
            if (r.getStart() < end && start < r.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean sitsOn(Interviewer lead, Loop loop) {
        for (Round r : byLoop.getOrDefault(loop, List.of())) {
            if (r.assigned() && r.getLead() == lead) {
                return true;
            }
        }
        return false;
    }
}
