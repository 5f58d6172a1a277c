package dev.boucle.scheduling;

import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.InterviewerSpec;
import dev.boucle.scheduler.Interval;
import dev.boucle.scheduler.LoopSpec;
import dev.boucle.scheduler.Plan;
import dev.boucle.scheduler.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Alternative plans for one loop: whole plans, each on one day of the candidate's, found by the
 * engine's construction (the same hard rules as every plan) over that day's availability alone.
 * Days come in order; when fewer than two days work, a later start on a day that did is tried.
 * A plan must place every round and break no hard rule, or it is not offered. Each candidate sees
 * the interviewers in an order of their own ({@link #inTurn}), so that candidates asking at the
 * same time are not all offered the same free people at the same hour and left to race for them.
 */
final class PlanOffers {

    private PlanOffers() {}

    static List<ProposedPlan> alternatives(Instance base, ZoneId zone, int wanted) {
        LoopSpec loop = base.loops().getFirst();
        Map<LocalDate, List<Interval>> days = byDay(loop.available(), zone);
        List<ProposedPlan> plans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Instant> firstStarts = new ArrayList<>();
        for (List<Interval> day : days.values()) {
            if (plans.size() >= wanted) break;
            ProposedPlan plan = complete(base, loop, day);
            if (plan != null && seen.add(signature(plan))) {
                plans.add(plan);
                firstStarts.add(first(plan));
            }
        }
        // Few days open: the same day, two hours later, is still a real choice for the candidate.
        for (int i = 0; plans.size() < Math.min(2, wanted) && i < firstStarts.size(); i++) {
            Instant later = firstStarts.get(i).plus(Duration.ofHours(2));
            List<Interval> rest = days.get(LocalDate.ofInstant(firstStarts.get(i), zone)).stream()
                    .filter(s -> s.end().isAfter(later))
                    .map(s -> new Interval(s.start().isBefore(later) ? later : s.start(), s.end())).toList();
            ProposedPlan plan = rest.isEmpty() ? null : complete(base, loop, rest);
            if (plan != null && seen.add(signature(plan))) plans.add(plan);
        }
        return plans;
    }

    private static ProposedPlan complete(Instance base, LoopSpec loop, List<Interval> available) {
        LoopSpec narrowed = new LoopSpec(loop.candidate(), loop.zone(), loop.language(), available, loop.excludedInterviewers(),
                loop.minBreakMinutes(), loop.rounds());
        Plan plan = Scheduler.construct(new Instance(base.grainMinutes(), inTurn(base.interviewers(), loop.candidate()), List.of(narrowed)));
        return plan.unassigned().isEmpty() && plan.score().hard() == 0 ? ProposedPlan.of(plan) : null;
    }

    /**
     * The interviewers in an order fixed for this candidate and different for the next: the engine
     * breaks ties between equally loaded people by their order, and with many people free most
     * choices are ties. Fixed, so that asking again shows the same plans while calendars are unchanged.
     */
    static List<InterviewerSpec> inTurn(List<InterviewerSpec> people, String candidate) {
        return people.stream().sorted(Comparator.comparingInt((InterviewerSpec p) -> mix(candidate + "/" + p.id()))
                .thenComparing(InterviewerSpec::id)).toList();
    }

    /** A well-spread hash (MurmurHash3's finaliser over String.hashCode). */
    private static int mix(String key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** The availability cut at the candidate's midnights, by local day, in order. */
    static Map<LocalDate, List<Interval>> byDay(List<Interval> spans, ZoneId zone) {
        Map<LocalDate, List<Interval>> days = new TreeMap<>();
        for (Interval span : spans) {
            Instant from = span.start();
            while (from.isBefore(span.end())) {
                LocalDate day = LocalDate.ofInstant(from, zone);
                Instant midnight = day.plusDays(1).atStartOfDay(zone).toInstant();
                Instant to = midnight.isBefore(span.end()) ? midnight : span.end();
                days.computeIfAbsent(day, d -> new ArrayList<>()).add(new Interval(from, to));
                from = to;
            }
        }
        return days;
    }

    private static Instant first(ProposedPlan plan) {
        return plan.slots().stream().map(ProposedPlan.Slot::start).min(Instant::compareTo).orElseThrow();
    }

    private static String signature(ProposedPlan plan) {
        return plan.slots().stream().map(s -> s.roundId() + "@" + s.start()).sorted().toList().toString();
    }
}
