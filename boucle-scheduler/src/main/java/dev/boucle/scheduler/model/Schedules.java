package dev.boucle.scheduler.model;

import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.InterviewerSpec;
import dev.boucle.scheduler.LoopSpec;
import dev.boucle.scheduler.Placement;
import dev.boucle.scheduler.RoundSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds the solver's model from a validated instance: UTC minutes, per-round value ranges, pins. */
public final class Schedules {

    private Schedules() {
    }

    public static Schedule from(Instance instance) {
        Map<String, Interviewer> people = new LinkedHashMap<>();
        for (InterviewerSpec spec : instance.interviewers()) {
            people.put(spec.id(), new Interviewer(spec));
        }
        List<Loop> loops = new ArrayList<>();
        List<Round> rounds = new ArrayList<>();
        for (LoopSpec spec : instance.loops()) {
            Loop loop = new Loop(spec);
            loops.add(loop);
            for (RoundSpec r : spec.rounds()) {
                List<Interviewer> leads = people.values().stream()
                        .filter(p -> p.qualifiedFor(r.type()) && p.speaks(loop.language()) && !loop.excludes(p)).toList();
                List<Long> starts = starts(loop.available(), r.minutes(), instance.grainMinutes());
                if (r.pinned() != null) {
                    // Timefold checks that even a pinned round's values lie in its ranges; it keeps exactly these.
                    leads = List.of(people.get(r.pinned().interviewer()));
                    starts = List.of(Minutes.of(r.pinned().start()));
                }
                List<Interviewer> shadows = people.values().stream()
                        .filter(p -> p.trainee() && p.knows(r.type()) && p.speaks(loop.language()) && !loop.excludes(p)).toList();
                Round round = new Round(r.id(), r.type(), r.minutes(), loop, leads, starts, shadows);
                place(round, r.pinned(), people, true);
                place(round, r.published(), people, false);
                rounds.add(round);
            }
        }
        return new Schedule(List.copyOf(people.values()), loops, rounds);
    }

    /** Every start on the grain (aligned to UTC) at which the round fits inside one available stretch. */
    static List<Long> starts(Stretches available, int minutes, int grain) {
        TreeSet<Long> starts = new TreeSet<>();
        for (int i = 0; i < available.size(); i++) {
            long first = Math.floorDiv(available.start(i) + grain - 1, grain) * grain;
            for (long t = first; t + minutes <= available.end(i); t += grain) {
                starts.add(t);
            }
        }
        return List.copyOf(starts);
    }

    private static void place(Round round, Placement placement, Map<String, Interviewer> people, boolean pin) {
        if (placement == null) {
            return;
        }
        Interviewer lead = people.get(placement.interviewer());
        long start = Minutes.of(placement.start());
        if (pin) {
            round.pin(lead, start);
        } else {
            round.published(lead, start);
        }
    }
}
