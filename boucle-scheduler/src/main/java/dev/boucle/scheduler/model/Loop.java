package dev.boucle.scheduler.model;

import dev.boucle.scheduler.LoopSpec;
import java.util.Set;

/** A problem fact: one candidate's loop, with their zone, language, availability and required breaks. */
public final class Loop {

    private final String candidate;
    private final Zone zone;
    private final String language;
    private final Stretches available;
    private final Set<String> excluded;
    private final int minBreak;

    public Loop(LoopSpec spec) {
        this.candidate = spec.candidate();
        this.zone = new Zone(spec.zone());
        this.language = spec.language();
        this.available = Stretches.of(spec.available());
        this.excluded = spec.excludedInterviewers();
        this.minBreak = spec.minBreakMinutes();
    }

    public String candidate() {
        return candidate;
    }

    public Zone zone() {
        return zone;
    }

    public String language() {
        return language;
    }

    public Stretches available() {
        return available;
    }

    public int minBreak() {
        return minBreak;
    }

    /** The candidate already met this person at an earlier stage. */
    public boolean excludes(Interviewer interviewer) {
        return excluded.contains(interviewer.id());
    }

    public long minutesOutsideAvailability(long from, long to) {
        return available.minutesOutsideOne(from, to);
    }

    /** The candidate's local day of a minute. */
    public long day(long minute) {
        return zone.localDay(minute);
    }

    @Override
    public String toString() {
        return candidate;
    }
}
