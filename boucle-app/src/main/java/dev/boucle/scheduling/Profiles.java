package dev.boucle.scheduling;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.Office;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.NotFound;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviewer profiles and busy times. A person edits their own; admins and recruiters edit
 * anyone's. Every change is validated whole first, so a refusal changes nothing.
 */
@Service
class Profiles {

    static final Set<String> LANGUAGES = Set.of("en", "fr");
    private final InterviewerProfiles profiles;
    private final BusyTimes busy;
    private final CalendarFeeds feeds;
    private final Users users;
    private final ProcessCatalog catalog;
    private final SchedulingSettings settings;
    private final Clock clock;

    Profiles(InterviewerProfiles profiles, BusyTimes busy, CalendarFeeds feeds, Users users, ProcessCatalog catalog,
            SchedulingSettings settings, Clock clock) {
        this.profiles = profiles;
        this.busy = busy;
        this.feeds = feeds;
        this.users = users;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
    }

    /** A profile change; every field is required (a PUT replaces the profile). */
    public record ProfileChange(String office, String zone, List<String> languages, List<String> roundTypes, String workStart,
            String workEnd, Integer maxPerWeek, Boolean trainee) {}

    public InterviewerProfile profile(long userId, CurrentUser viewer) {
        CurrentUser person = interviewer(userId, viewer);
        return profiles.of(userId).orElseGet(() -> defaults(person));
    }

    @Transactional
    public InterviewerProfile update(long userId, ProfileChange change, CurrentUser editor) {
        CurrentUser person = interviewer(userId, editor);
        HiringProcess process = catalog.current();
        Map<String, String> errors = new LinkedHashMap<>();
        String office = blank(change.office()) ? null : change.office().strip();
        Office known = office == null ? null : process.office(office).orElse(null);
        if (office != null && known == null) errors.put("office", "sched.profile.office.unknown");
        ZoneId zone = null;
        if (!blank(change.zone())) {
            try {
                zone = ZoneId.of(change.zone().strip());
            } catch (DateTimeException e) {
                errors.put("zone", "sched.profile.zone.invalid");
            }
        } else if (known != null) {
            zone = known.zone();
        } else {
            errors.put("zone", "sched.profile.zone.required");
        }
        Set<String> languages = new TreeSet<>(change.languages() == null ? List.of() : change.languages());
        if (languages.isEmpty() || !LANGUAGES.containsAll(languages)) errors.put("languages", "sched.profile.languages.invalid");
        Set<String> types = new TreeSet<>(change.roundTypes() == null ? List.of() : change.roundTypes());
        if (types.isEmpty() || types.stream().anyMatch(t -> process.roundType(t).isEmpty())) errors.put("roundTypes", "sched.profile.round-types.invalid");
        LocalTime start = time(change.workStart(), "workStart", errors);
        LocalTime end = time(change.workEnd(), "workEnd", errors);
        if (start != null && end != null && !start.isBefore(end)) errors.put("workEnd", "sched.profile.hours.order");
        if (change.maxPerWeek() == null || change.maxPerWeek() < 0 || change.maxPerWeek() > 40) {
            errors.put("maxPerWeek", "sched.profile.max.invalid");
        }
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        InterviewerProfile saved = new InterviewerProfile(userId, person.name(), person.email(), office, zone, languages, types,
                start, end, change.maxPerWeek(), Boolean.TRUE.equals(change.trainee()), true, null, null, null);
        profiles.save(saved, editor.id());
        return profiles.of(userId).orElseThrow();
    }

    /** Replaces the busy times of the person's last uploaded file with this one's. */
    @Transactional
    public int importCalendar(long userId, byte[] ics, CurrentUser editor) {
        interviewer(userId, editor);
        InterviewerProfile profile = requireProfile(userId);
        List<TimeSpan> spans = CalendarReader.busy(ics, profile.zone(), Windows.horizon(clock, settings));
        busy.replace(userId, BusySource.UPLOAD, spans);
        return spans.size();
    }

    /** Sets (or with a blank address, removes) the feed, and reads it once at once so a bad one is said now. */
    public int setFeed(long userId, String url, CurrentUser editor) {
        interviewer(userId, editor);
        InterviewerProfile profile = requireProfile(userId);
        if (blank(url)) {
            profiles.setFeed(userId, null);
            busy.replace(userId, BusySource.FEED, List.of());
            return 0;
        }
        FeedAddress address = FeedAddress.parse(url, settings.feedTrustedHosts());
        int read = feeds.refresh(userId, address.uri().toString(), profile.zone());
        profiles.setFeed(userId, address.uri().toString());
        profiles.feedChecked(userId, null);
        return read;
    }

    public long addBlock(long userId, TimeSpan span, CurrentUser editor) {
        interviewer(userId, editor);
        return busy.add(userId, span, BusySource.MANUAL);
    }

    public void removeBlock(long userId, long blockId, CurrentUser editor) {
        interviewer(userId, editor);
        if (busy.remove(userId, blockId) == 0) throw new NotFound("block", blockId);
    }

    public List<BusyTime> busy(long userId, TimeSpan window, CurrentUser viewer) {
        interviewer(userId, viewer);
        return busy.of(userId, window);
    }

    /** Every active interviewer's profile, for planners choosing or reading a panel. */
    public List<InterviewerProfile> all() {
        return profiles.active();
    }

    /** The person, if they may sit on a panel and the viewer may manage their profile. */
    CurrentUser interviewer(long userId, CurrentUser viewer) {
        boolean manager = viewer.in(Team.RECRUITING);
        if (!manager && viewer.id() != userId) throw new AccessDeniedException("not your profile");
        CurrentUser person = users.byId(userId).filter(u -> u.in(Team.PANELISTS))
                .orElseThrow(() -> new NotFound("interviewer", userId));
        return person;
    }

    private InterviewerProfile requireProfile(long userId) {
        return profiles.of(userId).orElseThrow(() -> new BadInput(Map.of("profile", "sched.profile.missing"), "sched.profile.missing"));
    }

    private InterviewerProfile defaults(CurrentUser person) {
        return new InterviewerProfile(person.id(), person.name(), person.email(), null, ZoneId.of("Europe/Paris"),
                Set.of(person.locale()), Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), 5, false, false, null, null, null);
    }

    private static LocalTime time(String raw, String field, Map<String, String> errors) {
        try {
            return LocalTime.parse(raw == null ? "" : raw.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "sched.profile.time.invalid");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
