package dev.boucle.hiring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How long an application has been in process against the target (5 to 8 weeks by default):
 * at risk once past the first bound, overdue past the second. A closed application keeps the
 * time it took and is no longer at risk of anything.
 */
public record TimeInProcess(long days, Health health) {

    public enum Health { ON_TRACK, AT_RISK, OVERDUE, CLOSED }

    public static TimeInProcess of(Instant appliedAt, Instant closedAt, Instant now, int atRiskWeeks, int overdueWeeks) {
        Instant end = closedAt != null ? closedAt : now;
        // Calendar days in UTC, so the figure changes at midnight UTC only and a board cached
        // (and tagged) per UTC day never shows yesterday's count.
        long days = Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(appliedAt, ZoneOffset.UTC),
                LocalDate.ofInstant(end, ZoneOffset.UTC)));
        Health health;
        if (closedAt != null) health = Health.CLOSED;
        else if (days >= overdueWeeks * 7L) health = Health.OVERDUE;
        else if (days >= atRiskWeeks * 7L) health = Health.AT_RISK;
        else health = Health.ON_TRACK;
        return new TimeInProcess(days, health);
    }
}
