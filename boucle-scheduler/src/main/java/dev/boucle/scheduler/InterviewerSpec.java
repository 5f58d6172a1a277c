package dev.boucle.scheduler;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A person who can sit on a panel. Working hours are local to {@code zone}, Monday to Friday;
 * {@code maxPerWeek} counts rounds per ISO week in that zone. A trainee never leads a round: they
 * shadow rounds of the types in {@code roundTypes}. {@code booked} holds the interviews they already
 * have outside this instance: busy time like {@code busy}, and counted against {@code maxPerWeek} in
 * the week each one starts, so a cap holds across plans made at different times.
 */
public record InterviewerSpec(String id, ZoneId zone, Set<String> languages, Set<String> roundTypes, int maxPerWeek,
        boolean trainee, LocalTime workStart, LocalTime workEnd, List<Interval> busy, List<Interval> booked) {

    public InterviewerSpec {
        languages = Copies.set(languages);
        roundTypes = Copies.set(roundTypes);
        busy = Copies.list(busy);
        booked = Copies.list(booked);
    }

    /** Someone with no interview booked outside the instance. */
    public InterviewerSpec(String id, ZoneId zone, Set<String> languages, Set<String> roundTypes, int maxPerWeek,
            boolean trainee, LocalTime workStart, LocalTime workEnd, List<Interval> busy) {
        this(id, zone, languages, roundTypes, maxPerWeek, trainee, workStart, workEnd, busy, List.of());
    }
}
