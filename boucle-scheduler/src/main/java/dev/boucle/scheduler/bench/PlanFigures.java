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
 * What a plan looks like to the people in it: feasibility, rounds left out, each lead's load
 * (people with none included; trainees excluded, they do not lead), loops on several days, loop span.
 */
record PlanFigures(boolean feasible, int unassigned, int maxLoad, double meanLoad, double loadStdDev,
        int multiDayLoops, double meanSpanMinutes, long soft) {

    static PlanFigures of(Instance instance, Plan plan) {
        Map<String, Integer> load = new HashMap<>();
        for (InterviewerSpec person : instance.interviewers()) {
            if (!person.trainee()) {
                load.put(person.id(), 0);
            }
        }
        Map<String, Assignment> byRound = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            load.merge(a.interviewer(), 1, Integer::sum);
            byRound.put(a.round(), a);
        }
        double mean = load.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        double variance = load.values().stream().mapToDouble(l -> (l - mean) * (l - mean)).average().orElse(0);
        int multiDay = 0;
        List<Long> spans = new ArrayList<>();
        for (LoopSpec loop : instance.loops()) {
            List<Assignment> placed = new ArrayList<>();
            for (RoundSpec round : loop.rounds()) {
                if (byRound.containsKey(round.id())) {
                    placed.add(byRound.get(round.id()));
                }
            }
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
        return new PlanFigures(plan.score().feasible(), plan.unassigned().size(),
                load.values().stream().mapToInt(Integer::intValue).max().orElse(0), mean, Math.sqrt(variance),
                multiDay, spans.stream().mapToLong(Long::longValue).average().orElse(0), plan.score().soft());
    }
}
