package dev.boucle.scheduler;

import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Loop;
import dev.boucle.scheduler.model.Minutes;
import dev.boucle.scheduler.model.Round;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Small people, loops and rounds for tests. Unless told otherwise: English and French, working
 * 09:00-18:00 local, a cap of 5 a week, no busy time; loops in English with a 15-minute break.
 * Times are UTC, written without the Z (e.g. {@code 2026-12-08T09:00}).
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Instant utc(String localUtc) {
        return Instant.parse(localUtc + ":00Z");
    }

    public static Interval between(String start, String end) {
        return new Interval(utc(start), utc(end));
    }

    public static InterviewerSpec person(String id, String zone, String... roundTypes) {
        return new InterviewerSpec(id, ZoneId.of(zone), Set.of("en", "fr"), Set.of(roundTypes), 5, false,
                LocalTime.of(9, 0), LocalTime.of(18, 0), List.of());
    }

    public static InterviewerSpec busy(InterviewerSpec p, Interval... busy) {
        return new InterviewerSpec(p.id(), p.zone(), p.languages(), p.roundTypes(), p.maxPerWeek(), p.trainee(),
                p.workStart(), p.workEnd(), Arrays.asList(busy));
    }

    /** {@code p} with interviews already booked outside the instance. */
    public static InterviewerSpec booked(InterviewerSpec p, Interval... booked) {
        return new InterviewerSpec(p.id(), p.zone(), p.languages(), p.roundTypes(), p.maxPerWeek(), p.trainee(),
                p.workStart(), p.workEnd(), p.busy(), Arrays.asList(booked));
    }

    public static InterviewerSpec cap(InterviewerSpec p, int maxPerWeek) {
        return new InterviewerSpec(p.id(), p.zone(), p.languages(), p.roundTypes(), maxPerWeek, p.trainee(),
                p.workStart(), p.workEnd(), p.busy(), p.booked());
    }

    public static InterviewerSpec speaking(InterviewerSpec p, String... languages) {
        return new InterviewerSpec(p.id(), p.zone(), Set.of(languages), p.roundTypes(), p.maxPerWeek(), p.trainee(),
                p.workStart(), p.workEnd(), p.busy(), p.booked());
    }

    public static InterviewerSpec trainee(String id, String zone, String... roundTypes) {
        InterviewerSpec p = person(id, zone, roundTypes);
        return new InterviewerSpec(id, p.zone(), p.languages(), p.roundTypes(), 5, true, p.workStart(), p.workEnd(), List.of());
    }

    public static LoopSpec loop(String candidate, String zone, String language, List<Interval> available, RoundSpec... rounds) {
        return new LoopSpec(candidate, ZoneId.of(zone), language, available, Set.of(), 15, List.of(rounds));
    }

    public static LoopSpec excluding(LoopSpec l, String... interviewers) {
        return new LoopSpec(l.candidate(), l.zone(), l.language(), l.available(), Set.of(interviewers), l.minBreakMinutes(), l.rounds());
    }

    public static RoundSpec round(String id, String type, int minutes) {
        return RoundSpec.of(id, type, minutes);
    }

    // The solver's model, for constraint tests.

    public static Interviewer lead(InterviewerSpec spec) {
        return new Interviewer(spec);
    }

    public static Loop candidate(LoopSpec spec) {
        return new Loop(spec);
    }

    /** A round of {@code loop} led by {@code lead} from {@code start} (UTC), with empty value ranges. */
    public static Round placed(String id, String type, int minutes, Loop loop, Interviewer lead, String start) {
        Round round = new Round(id, type, minutes, loop, List.of(), List.of(), List.of());
        round.setLead(lead);
        round.setStart(start == null ? null : Minutes.of(utc(start)));
        return round;
    }
}
