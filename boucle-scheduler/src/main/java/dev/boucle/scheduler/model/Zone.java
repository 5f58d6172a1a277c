package dev.boucle.scheduler.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A time zone seen from the solver, which counts time in UTC epoch minutes: local day, day of
 * week, ISO week and minutes outside a local window, each computed with the offset in force at
 * that instant (so daylight-saving changes on different dates in Europe and the US are exact).
 */
public final class Zone {

    public static final int MINUTES_PER_DAY = 1440;

    private final ZoneId id;
    private final ZoneRules rules;
    /** The offset between two clock changes, remembered: the solver asks about the same weeks again and again. */
    private volatile Period period = new Period(0, -1, 0);

    /** Epoch minutes [from, to) during which the offset is {@code offset} minutes. Immutable, so safe to share. */
    private record Period(long from, long to, int offset) {
    }

    public Zone(ZoneId id) {
        this.id = id;
        this.rules = id.getRules();
    }

    public ZoneId id() {
        return id;
    }

    public long localMinute(long utcMinute) {
        Period known = period;
        if (utcMinute < known.from() || utcMinute >= known.to()) {
            known = periodAround(utcMinute);
            period = known;
        }
        return utcMinute + known.offset();
    }

    private Period periodAround(long utcMinute) {
        Instant at = Instant.ofEpochSecond(utcMinute * 60);
        ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        long from = previous == null ? Long.MIN_VALUE : previous.toEpochSecond() / 60;
        long to = next == null ? Long.MAX_VALUE : next.toEpochSecond() / 60;
        return new Period(from, to, rules.getOffset(at).getTotalSeconds() / 60);
    }

    /** Days since 1970-01-01 in this zone. */
    public long localDay(long utcMinute) {
        return Math.floorDiv(localMinute(utcMinute), MINUTES_PER_DAY);
    }

    /** 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
    public int dayOfWeek(long utcMinute) {
        return (int) Math.floorMod(localDay(utcMinute) + 3, 7);
    }

    /** A number that is the same for every day of one ISO week (Monday to Sunday) in this zone. */
    public long isoWeek(long utcMinute) {
        return Math.floorDiv(localDay(utcMinute) + 3, 7);
    }

    /**
     * Minutes of [from, to) that fall outside the local window [windowStart, windowEnd) of the day
     * the stretch starts on (minutes of the day). A stretch is at most a few hours long and clocks
     * change at night, so the offset at its start is used for the whole stretch.
     */
    public long minutesOutside(long from, long to, int windowStart, int windowEnd) {
        long localFrom = localMinute(from);
        long localTo = localFrom + (to - from);
        long dayStart = Math.floorDiv(localFrom, MINUTES_PER_DAY) * MINUTES_PER_DAY;
        long open = dayStart + windowStart;
        long close = dayStart + windowEnd;
        long before = Math.max(0, Math.min(localTo, open) - localFrom);
        long after = Math.max(0, localTo - Math.max(localFrom, close));
        return Math.min(to - from, before + after);
    }

    @Override
    public String toString() {
        return id.getId();
    }
}
