package dev.boucle.scheduling;

import dev.boucle.platform.BadInput;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A half-open stretch of time [start, end) in UTC. */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        if (!end.isAfter(start)) throw new IllegalArgumentException("a time span ends after it starts");
    }

    /** A start and an end as a form types them, in the given zone's local time; a refusal names the field at fault. */
    static TimeSpan typedIn(ZoneId zone, String start, String end) {
        try {
            Instant from = LocalDateTime.parse(start.strip()).atZone(zone).toInstant();
            Instant to = LocalDateTime.parse(end.strip()).atZone(zone).toInstant();
            if (!to.isAfter(from)) throw new BadInput(Map.of("end", "sched.span.order"), "sched.span.order");
            return new TimeSpan(from, to);
        } catch (DateTimeParseException e) {
            throw new BadInput(Map.of("start", "sched.availability.format"), "sched.availability.format");
        }
    }

    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
