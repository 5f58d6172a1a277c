package dev.boucle.scheduling;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * One ISO week of interviews and busy times, per interviewer or per office, laid out in the
 * viewer's zone (each day cut at the viewer's midnight, so a DST change shows as it is lived).
 * Interviewers see their own week; admins and recruiters anyone's and any office's.
 */
@Service
public class WeekView {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public record Week(String label, String previous, String next, ZoneId zone, List<LocalDate> days, List<Row> rows, String office,
            Long interviewer) {}

    public record Row(long userId, String name, ZoneId zone, List<List<Entry>> days) {}

    public enum Kind { INTERVIEW, BUSY }

    /** {@code declinable}: a published interview of this person, still to come, that they (or a recruiter) may decline. */
    public record Entry(Kind kind, LocalTime start, LocalTime end, String roundType, String candidateName, Long roundId,
            boolean declinable) {}

    private final InterviewerProfiles profiles;
    private final BusyTimes busy;
    private final Commitments commitments;
    private final Users users;
    private final Clock clock;

    WeekView(InterviewerProfiles profiles, BusyTimes busy, Commitments commitments, Users users, Clock clock) {
        this.profiles = profiles;
        this.busy = busy;
        this.commitments = commitments;
        this.users = users;
        this.clock = clock;
    }

    public Week of(Long interviewerId, String office, String week, String zoneParam, CurrentUser viewer) {
        boolean manager = viewer.in(Team.RECRUITING);
        ZoneId zone = zone(zoneParam, viewer);
        LocalDate monday = monday(week, zone, clock);
        List<InterviewerProfile> people = new ArrayList<>();
        if (office != null && !office.isBlank()) {
            if (!manager) throw new AccessDeniedException("office weeks are for recruiters");
            people.addAll(profiles.inOffice(office.strip()));
        } else {
            long who = interviewerId == null ? viewer.id() : interviewerId;
            if (!manager && who != viewer.id()) throw new AccessDeniedException("not your week");
            var person = users.byId(who).orElseThrow(() -> new dev.boucle.platform.NotFound("interviewer", who));
            people.add(profiles.of(who).orElse(new InterviewerProfile(who, person.name(), person.email(), null, zone,
                    java.util.Set.of(), java.util.Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), 0, false, false, null, null, null)));
        }
        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) days.add(monday.plusDays(d));
        TimeSpan span = new TimeSpan(monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant());
        List<Long> ids = people.stream().map(InterviewerProfile::userId).toList();
        Map<Long, List<TimeSpan>> blocked = busy.of(ids, span);
        List<Commitments.Booking> bookings = commitments.bookings(ids, span);
        List<Row> rows = new ArrayList<>();
        for (InterviewerProfile p : people) {
            List<List<Entry>> cells = new ArrayList<>();
            for (LocalDate day : days) {
                TimeSpan dayspan = new TimeSpan(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
                List<Entry> entries = new ArrayList<>();
                bookings.stream().filter(b -> b.userId() == p.userId() && b.span().overlaps(dayspan)).forEach(b -> entries.add(
                        entry(Kind.INTERVIEW, b.span(), dayspan, zone, b.roundType(), b.candidateName(), b.roundId(),
                                b.invited() && b.span().start().isAfter(clock.instant()))));
                blocked.getOrDefault(p.userId(), List.of()).stream().filter(s -> s.overlaps(dayspan))
                        .forEach(s -> entries.add(entry(Kind.BUSY, s, dayspan, zone, null, null, null, false)));
                entries.sort(Comparator.comparing(Entry::start));
                cells.add(entries);
            }
            rows.add(new Row(p.userId(), p.name(), p.zone(), cells));
        }
        return new Week(label(monday), label(monday.minusWeeks(1)), label(monday.plusWeeks(1)), zone, days, rows,
                office == null || office.isBlank() ? null : office.strip(), office == null || office.isBlank() ? people.getFirst().userId() : null);
    }

    private static Entry entry(Kind kind, TimeSpan s, TimeSpan day, ZoneId zone, String type, String candidate, Long round,
            boolean declinable) {
        ZonedDateTime from = (s.start().isBefore(day.start()) ? day.start() : s.start()).atZone(zone);
        ZonedDateTime to = (s.end().isAfter(day.end()) ? day.end() : s.end()).atZone(zone);
        LocalTime end = to.toInstant().equals(day.end()) ? LocalTime.MAX.withNano(0).withSecond(0) : to.toLocalTime();
        return new Entry(kind, from.toLocalTime(), end, type, candidate, round, declinable);
    }

    private ZoneId zone(String raw, CurrentUser viewer) {
        if (raw != null && !raw.isBlank()) {
            try {
                return ZoneId.of(raw.strip());
            } catch (DateTimeException e) {
                throw new BadInput(Map.of("zone", "sched.profile.zone.invalid"), "sched.profile.zone.invalid");
            }
        }
        return profiles.of(viewer.id()).map(InterviewerProfile::zone).orElse(ZoneId.of("Europe/Paris"));
    }

    /** The Monday of an ISO week written 2026-W50; this week when none is given. */
    static LocalDate monday(String week, ZoneId zone, Clock clock) {
        if (week == null || week.isBlank()) {
            return LocalDate.ofInstant(clock.instant(), zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        Matcher m = WEEK.matcher(week.strip());
        int w = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (w < 1 || w > 53) throw new BadInput(Map.of("week", "sched.week.invalid"), "sched.week.invalid");
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != w) throw new BadInput(Map.of("week", "sched.week.invalid"), "sched.week.invalid");
        return monday;
    }

    static String label(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
