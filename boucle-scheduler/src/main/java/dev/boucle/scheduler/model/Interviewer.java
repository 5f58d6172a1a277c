package dev.boucle.scheduler.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import dev.boucle.scheduler.Interval;
import dev.boucle.scheduler.InterviewerSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A problem fact: a person who leads rounds (or, as a trainee, shadows them), with calendar and limits. */
public final class Interviewer {

    /** Work happens Monday to Friday, local time. */
    private static final int FIRST_WEEKEND_DAY = 5;

    @PlanningId
    private final String id;
    private final Zone zone;
    private final Set<String> languages;
    private final Set<String> roundTypes;
    private final int maxPerWeek;
    private final boolean trainee;
    private final int workStart;
    private final int workEnd;
    private final Stretches busy;
    /** Interviews already booked outside the instance, per ISO week (their zone) of their start. */
    private final Map<Long, Integer> bookedPerWeek = new HashMap<>();

    public Interviewer(InterviewerSpec spec) {
        this.id = spec.id();
        this.zone = new Zone(spec.zone());
        this.languages = spec.languages();
        this.roundTypes = spec.roundTypes();
        this.maxPerWeek = spec.maxPerWeek();
        this.trainee = spec.trainee();
        this.workStart = spec.workStart().toSecondOfDay() / 60;
        this.workEnd = spec.workEnd().toSecondOfDay() / 60;
        List<Interval> taken = new ArrayList<>(spec.busy());
        taken.addAll(spec.booked());
        this.busy = Stretches.of(taken);
        for (Interval interview : spec.booked()) {
            bookedPerWeek.merge(week(Minutes.of(interview.start())), 1, Integer::sum);
        }
    }

    public String id() {
        return id;
    }

    public Zone zone() {
        return zone;
    }

    public int maxPerWeek() {
        return maxPerWeek;
    }

    /** Interviews booked outside the instance in this week (a value of {@link #week}). */
    public int bookedIn(long week) {
        return bookedPerWeek.getOrDefault(week, 0);
    }

    /** Rounds this person may still lead in that week. */
    public int roomIn(long week) {
        return Math.max(0, maxPerWeek - bookedIn(week));
    }

    public boolean trainee() {
        return trainee;
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    public boolean knows(String roundType) {
        return roundTypes.contains(roundType);
    }

    /** Leads rounds of this type: knows the type and is not a trainee. */
    public boolean qualifiedFor(String roundType) {
        return !trainee && knows(roundType);
    }

    public long busyMinutes(long from, long to) {
        return busy.overlap(from, to);
    }

    /** Minutes of [from, to) outside this person's working hours, in their own zone; all of it on a weekend. */
    public long minutesOutsideWork(long from, long to) {
        if (zone.dayOfWeek(from) >= FIRST_WEEKEND_DAY) {
            return to - from;
        }
        return zone.minutesOutside(from, to, workStart, workEnd);
    }

    public long week(long minute) {
        return zone.isoWeek(minute);
    }

    @Override
    public String toString() {
        return id;
    }
}
