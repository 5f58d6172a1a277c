package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's availability, entered by a recruiter as local date-times in the candidate's
 * zone and stored in UTC; a local time that a DST change skips or repeats takes the zone's rule.
 */
@Service
public class CandidateSlots {

    public record Slot(String start, String end) {}

    public record Entry(String zone, List<Slot> slots) {}

    private final CandidateAvailability availability;
    private final ApplicationDetails details;

    CandidateSlots(CandidateAvailability availability, ApplicationDetails details) {
        this.availability = availability;
        this.details = details;
    }

    @Transactional
    public Entry replace(long applicationId, Entry entry, CurrentUser user) {
        details.application(applicationId, user);
        if (!user.in(Team.RECRUITING)) throw new AccessDeniedException("recruiters only");
        ZoneId zone = zone(entry.zone());
        availability.replace(applicationId, zone, spans(zone, entry.slots()));
        return of(applicationId, user);
    }

    /** A zone as typed; a refusal names the field. */
    public static ZoneId zone(String typed) {
        try {
            return ZoneId.of(typed == null ? "" : typed.strip());
        } catch (DateTimeException e) {
            throw new BadInput(Map.of("zone", "sched.profile.zone.invalid"), "sched.profile.zone.invalid");
        }
    }

    /** Local date-times typed in {@code zone}, as UTC spans; a refusal names the slot at fault ({@code slots[2]}). */
    static List<TimeSpan> spans(ZoneId zone, List<Slot> typed) {
        List<Slot> slots = typed == null ? List.of() : typed;
        if (slots.size() > 100) throw new BadInput(Map.of("slots", "sched.availability.too-many"), "sched.availability.too-many", 100);
        List<TimeSpan> spans = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            try {
                var from = LocalDateTime.parse(slots.get(i).start().strip()).atZone(zone).toInstant();
                var to = LocalDateTime.parse(slots.get(i).end().strip()).atZone(zone).toInstant();
                if (!to.isAfter(from)) throw new BadInput(Map.of("slots[" + i + "]", "sched.span.order"), "sched.span.order");
                spans.add(new TimeSpan(from, to));
            } catch (DateTimeParseException | NullPointerException e) {
                throw new BadInput(Map.of("slots[" + i + "]", "sched.availability.format"), "sched.availability.format");
            }
        }
        return spans;
    }

    public Entry of(long applicationId, CurrentUser user) {
        details.application(applicationId, user);
        CandidateAvailability.Slots slots = availability.of(applicationId);
        if (slots.zone() == null) return new Entry(null, List.of());
        return new Entry(slots.zone().getId(), slots.spans().stream().map(s -> new Slot(
                LocalDateTime.ofInstant(s.start(), slots.zone()).toString(), LocalDateTime.ofInstant(s.end(), slots.zone()).toString())).toList());
    }
}
