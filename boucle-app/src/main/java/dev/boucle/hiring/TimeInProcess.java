package dev.boucle.hiring;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an application has been in process against the target (5 to 8 weeks by default):
 * at risk once past the first bound, overdue past the second. A closed application keeps the
 * time it took and is no longer at risk of anything.
 */
public record TimeInProcess(long days, Health health) {

    public enum Health { ON_TRACK, AT_RISK, OVERDUE, CLOSED }

    public static TimeInProcess of(Instant appliedAt, Instant closedAt, Instant now, int atRiskWeeks, int overdueWeeks) {
        Instant end = closedAt != null ? closedAt : now;
        long days = Math.max(0, Duration.between(appliedAt, end).toDays());
        Health health;
        if (closedAt != null) health = Health.CLOSED;
        else if (days >= overdueWeeks * 7L) health = Health.OVERDUE;
        else if (days >= atRiskWeeks * 7L) health = Health.AT_RISK;
        else health = Health.ON_TRACK;
        return new TimeInProcess(days, health);
    }
}
