package dev.boucle.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The stretch of time calendars are read over: from yesterday to the planning horizon. */
final class Windows {

    private Windows() {}

    static TimeSpan horizon(Clock clock, SchedulingSettings settings) {
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        return new TimeSpan(today.minus(Duration.ofDays(1)), today.plus(Duration.ofDays(settings.horizonDays() + 1L)));
    }
}
