package dev.boucle.scheduler.bench;

import dev.boucle.scheduler.Assignment;
import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.Interval;
import dev.boucle.scheduler.InterviewerSpec;
import dev.boucle.scheduler.LoopSpec;
import dev.boucle.scheduler.Plan;
import dev.boucle.scheduler.RoundSpec;
import dev.boucle.scheduler.Score;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain baseline the benchmark compares Boucle with, written from the instance's public records
 * only (no solver model, no {@code Bookings}, nothing shared with the construction heuristic), as
 * a person with a spreadsheet would do it: loops in input order; for each round, among the
 * interviewers who are qualified, speak the language, are not excluded and are under their weekly
 * cap, the one with the fewest interviews so far who is free at some start inside the candidate's
 * windows (ties: input order), on the loop's day if anyone is free then (the day of its first placed
 * round), earliest first. No trainees are seated. Its plan is scored by nobody: the benchmark reads it
 * through {@link PlanFigures}, like the solver's.
 */
final class LeastLoadedGreedy {

    private final Instance instance;
    private final long grain;
    private final Map<String, Integer> load = new HashMap<>();
    /** Per interviewer: [start, end) epoch seconds they lead in this plan. */
    private final Map<String, List<long[]>> leading = new HashMap<>();
    /** Per interviewer and ISO week (their zone, "yyyy-ww"): interviews, those booked before included. */
    private final Map<String, Integer> weekly = new HashMap<>();

    private LeastLoadedGreedy(Instance instance) {
        this.instance = instance;
        this.grain = instance.grainMinutes() * 60L;
    }

    static Plan plan(Instance instance) {
        long began = System.nanoTime();
        LeastLoadedGreedy greedy = new LeastLoadedGreedy(instance);
        for (InterviewerSpec p : instance.interviewers()) {
            for (Interval booked : p.booked()) {
                greedy.weekly.merge(weekKey(p, booked.start()), 1, Integer::sum);
            }
        }
        List<Assignment> placed = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (LoopSpec loop : instance.loops()) {
            greedy.placeLoop(loop, placed, unplaced);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        return new Plan(placed, unplaced, new Score(0, -unplaced.size(), 0), "least-loaded greedy", millis);
    }

    private void placeLoop(LoopSpec loop, List<Assignment> placed, List<String> unplaced) {
        List<Assignment> mine = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (RoundSpec round : loop.rounds()) {
            Assignment a = placeRound(loop, round, mine, used);
            if (a == null) {
                unplaced.add(round.id());
            } else {
                mine.add(a);
                used.add(a.interviewer());
                load.merge(a.interviewer(), 1, Integer::sum);
                leading.computeIfAbsent(a.interviewer(), k -> new ArrayList<>())
                        .add(new long[] {a.start().getEpochSecond(), a.end().getEpochSecond()});
                InterviewerSpec lead = instance.interviewers().stream().filter(p -> p.id().equals(a.interviewer())).findFirst().orElseThrow();
                weekly.merge(weekKey(lead, a.start()), 1, Integer::sum);
                placed.add(a);
            }
        }
    }

    private Assignment placeRound(LoopSpec loop, RoundSpec round, List<Assignment> mine, List<String> used) {
        List<List<Long>> starts = starts(loop, round, mine);
        List<InterviewerSpec> people = instance.interviewers().stream()
                .filter(p -> !p.trainee() && p.roundTypes().contains(round.type()) && p.languages().contains(loop.language())
                        && !loop.excludedInterviewers().contains(p.id()) && !used.contains(p.id()))
                .sorted(Comparator.comparingInt(p -> load.getOrDefault(p.id(), 0)))
                .toList();
        long length = round.minutes() * 60L;
        for (List<Long> stage : starts) {
            for (InterviewerSpec p : people) {
                for (long start : stage) {
                    Instant at = Instant.ofEpochSecond(start);
                    if (free(p, start, start + length) && weekly.getOrDefault(weekKey(p, at), 0) < p.maxPerWeek()) {
                        return new Assignment(round.id(), p.id(), at, at.plusSeconds(length), null);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Grain-aligned starts where the round fits one window and the candidate's breaks, in two
     * stages: the loop's day (that of its first placed round), then the other days. The least-loaded
     * person free on the loop's day is taken before anyone on another day: the loop is one visit.
     */
    private List<List<Long>> starts(LoopSpec loop, RoundSpec round, List<Assignment> mine) {
        long length = round.minutes() * 60L;
        long gap = loop.minBreakMinutes() * 60L;
        LocalDate day = mine.isEmpty() ? null : mine.getFirst().start().atZone(loop.zone()).toLocalDate();
        List<Long> sameDay = new ArrayList<>();
        List<Long> otherDays = new ArrayList<>();
        for (Interval w : loop.available().stream().sorted(Comparator.comparing(Interval::start)).toList()) {
            long first = Math.floorDiv(w.start().getEpochSecond() + grain - 1, grain) * grain;
            for (long s = first; s + length <= w.end().getEpochSecond(); s += grain) {
                long start = s;
                boolean apart = mine.stream().allMatch(a -> start + length + gap <= a.start().getEpochSecond()
                        || a.end().getEpochSecond() + gap <= start);
                if (apart) {
                    boolean onDay = day != null && Instant.ofEpochSecond(s).atZone(loop.zone()).toLocalDate().equals(day);
                    (onDay ? sameDay : otherDays).add(s);
                }
            }
        }
        return day == null ? List.of(otherDays) : List.of(sameDay, otherDays);
    }

    private boolean free(InterviewerSpec p, long start, long end) {
        ZonedDateTime local = Instant.ofEpochSecond(start).atZone(p.zone());
        DayOfWeek dow = local.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        ZonedDateTime localEnd = Instant.ofEpochSecond(end).atZone(p.zone());
        if (local.toLocalTime().isBefore(p.workStart()) || !localEnd.toLocalDate().equals(local.toLocalDate())
                || localEnd.toLocalTime().isAfter(p.workEnd())) {
            return false;
        }
        for (List<Interval> taken : List.of(p.busy(), p.booked())) {
            for (Interval b : taken) {
                if (b.start().getEpochSecond() < end && start < b.end().getEpochSecond()) {
                    return false;
                }
            }
        }
        for (long[] b : leading.getOrDefault(p.id(), List.of())) {
            if (b[0] < end && start < b[1]) {
                return false;
            }
        }
        return true;
    }

    private static String weekKey(InterviewerSpec p, Instant at) {
        ZonedDateTime local = at.atZone(p.zone());
        return p.id() + "/" + local.get(IsoFields.WEEK_BASED_YEAR) + "-" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
