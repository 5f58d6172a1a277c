package dev.boucle.scheduler.bench;

import dev.boucle.scheduler.Assignment;
import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.InterviewerSpec;
import dev.boucle.scheduler.LoopSpec;
import dev.boucle.scheduler.Plan;
import dev.boucle.scheduler.RoundSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a plan looks like to the people in it, computed from the plan's assignments alone (so the
 * solver and the independent greedy are measured the same way): rounds left out, loops with a
 * round left out, each interviewer's load (every interviewer of the instance counted, people with
 * none and trainees included, as issue 15 measures it), loops on several days, loop span.
 */
record PlanFigures(boolean feasible, int unassigned, int incompleteLoops, int maxLoad, double meanLoad, double loadStdDev,
        int multiDayLoops, double meanSpanMinutes, long soft, long millis) {

    static PlanFigures of(Instance instance, Plan plan) {
        Map<String, Integer> load = new HashMap<>();
        for (InterviewerSpec person : instance.interviewers()) {
            load.put(person.id(), 0);
        }
        Map<String, Assignment> byRound = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            load.merge(a.interviewer(), 1, Integer::sum);
            byRound.put(a.round(), a);
        }
        double mean = load.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        double variance = load.values().stream().mapToDouble(l -> (l - mean) * (l - mean)).average().orElse(0);
        int multiDay = 0;
        int incomplete = 0;
        List<Long> spans = new ArrayList<>();
        for (LoopSpec loop : instance.loops()) {
            List<Assignment> placed = new ArrayList<>();
            for (RoundSpec round : loop.rounds()) {
                if (byRound.containsKey(round.id())) {
                    placed.add(byRound.get(round.id()));
                }
            }
            incomplete += placed.size() < loop.rounds().size() ? 1 : 0;
            if (placed.isEmpty()) {
                continue;
            }
            Set<Object> days = new HashSet<>();
            placed.forEach(a -> days.add(a.start().atZone(loop.zone()).toLocalDate()));
            multiDay += days.size() > 1 ? 1 : 0;
            var first = placed.stream().map(Assignment::start).min(Comparable::compareTo).orElseThrow();
            var last = placed.stream().map(Assignment::end).max(Comparable::compareTo).orElseThrow();
            spans.add(Duration.between(first, last).toMinutes());
        }
        return new PlanFigures(plan.score().feasible(), plan.unassigned().size(), incomplete,
                load.values().stream().mapToInt(Integer::intValue).max().orElse(0), mean, Math.sqrt(variance),
                multiDay, spans.stream().mapToLong(Long::longValue).average().orElse(0), plan.score().soft(), plan.millis());
    }

    /** Lexicographic comparison as issue 15 ranks plans: fewer rounds left out, then fewer incomplete loops, then a lower spread. */
    int compareTo(PlanFigures other) {
        if (unassigned != other.unassigned) {
            return Integer.compare(other.unassigned, unassigned);
        }
        if (incompleteLoops != other.incompleteLoops) {
            return Integer.compare(other.incompleteLoops, incompleteLoops);
        }
        return Double.compare(other.loadStdDev, loadStdDev);
    }
}
