package dev.boucle.scheduling;

import dev.boucle.platform.BadInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VFreeBusy;
import net.fortuna.ical4j.model.parameter.FbType;
import net.fortuna.ical4j.model.property.FreeBusy;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The busy times in one person's iCalendar file, over a window: VEVENTs with their recurrences
 * (RRULE, RDATE, EXDATE, moved occurrences by RECURRENCE-ID) expanded, TZID zones applied,
 * all-day and floating events placed in the person's zone, transparent and cancelled events
 * skipped; VFREEBUSY periods marked BUSY, BUSY-TENTATIVE or BUSY-UNAVAILABLE. A file that cannot
 * be read is refused whole, with the reason, so a bad import never half-replaces a calendar.
 */
final class CalendarReader {

    /** Larger than any real personal calendar export; a bigger upload is refused unread. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Busy times kept from one file over the window: beyond this a rule is runaway. */
    static final int MAX_INTERVALS = 5_000;
    static final String FIELD = "calendar";

    private CalendarReader() {}

    static List<TimeSpan> busy(byte[] ics, ZoneId personZone, TimeSpan window) {
        if (ics.length > MAX_BYTES) throw refused("sched.ics.too-large", MAX_BYTES / 1024 / 1024);
        if (ics.length == 0) throw refused("sched.ics.empty");
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (ParserException e) {
            throw refused("sched.ics.malformed", e.getLineNo());
        } catch (IOException | RuntimeException e) {
            throw refused("sched.ics.malformed", 0);
        }
        List<TimeSpan> busy = new ArrayList<>();
        try {
            events(calendar, personZone, window, busy);
            freeBusy(calendar, window, busy);
        } catch (BadInput e) {
            throw e;
        } catch (RuntimeException e) {
            // ical4j reports a value it cannot use (a bad date, an unknown zone) as an unchecked exception
            throw refused("sched.ics.unreadable-value", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        busy.sort(Comparator.comparing(TimeSpan::start));
        return busy;
    }

    private static void events(Calendar calendar, ZoneId zone, TimeSpan window, List<TimeSpan> into) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        // Occurrences moved or cancelled one by one: their master must not count them a second time.
        Map<String, Set<Instant>> overridden = new HashMap<>();
        for (VEvent event : events) {
            Optional<RecurrenceId<Temporal>> id = event.getProperty(Property.RECURRENCE_ID);
            if (id.isPresent() && event.getUid().isPresent()) {
                overridden.computeIfAbsent(event.getUid().get().getValue(), k -> new HashSet<>())
                        .add(instant(id.get().getDate(), zone));
            }
        }
        for (VEvent event : events) {
            if (event.getStartDate().isEmpty() || transparent(event) || cancelled(event)) continue;
            refuseRunawayRules(event);
            boolean master = event.getProperty(Property.RECURRENCE_ID).isEmpty();
            Set<Instant> skip = master && event.getUid().isPresent()
                    ? overridden.getOrDefault(event.getUid().get().getValue(), Set.of()) : Set.of();
            Temporal start = event.getStartDate().get().getDate();
            Period<? extends Temporal> range = switch (start) {
                case LocalDateTime ignored -> new Period<>(LocalDateTime.ofInstant(window.start(), zone), LocalDateTime.ofInstant(window.end(), zone));
                case LocalDate ignored -> new Period<>(LocalDate.ofInstant(window.start(), zone).minusDays(1), LocalDate.ofInstant(window.end(), zone).plusDays(1));
                default -> new Period<>(window.start().atZone(ZoneOffset.UTC), window.end().atZone(ZoneOffset.UTC));
            };
            Set<Period<Temporal>> occurrences = event.calculateRecurrenceSet(range);
            for (Period<Temporal> p : occurrences) {
                Instant from = instant(p.getStart(), zone);
                Instant to = instant(p.getEnd(), zone);
                if (!master || !skip.contains(from)) add(into, from, to, window);
            }
        }
    }

    private static void freeBusy(Calendar calendar, TimeSpan window, List<TimeSpan> into) {
        List<VFreeBusy> blocks = calendar.getComponents(Component.VFREEBUSY);
        for (VFreeBusy block : blocks) {
            List<FreeBusy> periods = block.getProperties(Property.FREEBUSY);
            for (FreeBusy fb : periods) {
                Optional<FbType> type = fb.getParameter(Parameter.FBTYPE);
                if (type.isPresent() && type.get().getValue().equalsIgnoreCase("FREE")) continue; // BUSY is the default
                for (var interval : fb.getIntervals()) add(into, interval.getStart(), interval.getEnd(), window);
            }
        }
    }

    private static void add(List<TimeSpan> into, Instant from, Instant to, TimeSpan window) {
        Instant start = from.isBefore(window.start()) ? window.start() : from;
        Instant end = to.isAfter(window.end()) ? window.end() : to;
        if (!end.isAfter(start)) return;
        if (into.size() >= MAX_INTERVALS) throw refused("sched.ics.too-many", MAX_INTERVALS);
        into.add(new TimeSpan(start, end));
    }

    /** Sub-hourly rules come from no calendar program; expanding one over months is only a cost. */
    private static void refuseRunawayRules(VEvent event) {
        List<RRule<?>> rules = event.getProperties(Property.RRULE);
        for (RRule<?> rule : rules) {
            Frequency f = rule.getRecur().getFrequency();
            if (f == Frequency.SECONDLY || f == Frequency.MINUTELY) throw refused("sched.ics.frequency", f.name());
        }
    }

    private static boolean transparent(VEvent event) {
        return event.getTransparency().map(t -> t.getValue().equalsIgnoreCase("TRANSPARENT")).orElse(false);
    }

    private static boolean cancelled(VEvent event) {
        return event.<net.fortuna.ical4j.model.property.Status>getProperty(Property.STATUS).map(s -> s.getValue().equalsIgnoreCase("CANCELLED")).orElse(false);
    }

    /** A date-time of any iCalendar form as an instant; dates and floating times are the person's. */
    static Instant instant(Temporal t, ZoneId zone) {
        return switch (t) {
            case Instant i -> i;
            case ZonedDateTime z -> z.toInstant();
            case OffsetDateTime o -> o.toInstant();
            case LocalDateTime l -> l.atZone(zone).toInstant();
            case LocalDate d -> d.atStartOfDay(zone).toInstant();
            default -> throw new IllegalArgumentException("unsupported date " + t);
        };
    }

    private static BadInput refused(String key, Object... args) {
        return new BadInput(Map.of(FIELD, "sched.ics.rejected"), key, args);
    }
}
