package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.interviews.Interview;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.Interval;
import dev.boucle.scheduler.InterviewerSpec;
import dev.boucle.scheduler.LoopSpec;
import dev.boucle.scheduler.Placement;
import dev.boucle.scheduler.RoundSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns one application's stage into the engine's problem: its open rounds, the candidate's
 * availability, every interviewer's profile with their busy times (calendars, blocks and the
 * interviews they already have), who already met the candidate, and what was pinned or published.
 */
@Component
class LoopInstances {

    static final int GRAIN_MINUTES = 15;
    /** No round is proposed sooner than this from now: people need notice. */
    static final Duration NOTICE = Duration.ofHours(2);
    private final InterviewPlanning planning;
    private final InterviewerProfiles profiles;
    private final BusyTimes busy;
    private final Commitments commitments;
    private final CandidateAvailability availability;
    private final Invitations invitations;
    private final SchedulingSettings settings;
    private final Clock clock;

    LoopInstances(InterviewPlanning planning, InterviewerProfiles profiles, BusyTimes busy, Commitments commitments,
            CandidateAvailability availability, Invitations invitations, SchedulingSettings settings, Clock clock) {
        this.planning = planning;
        this.profiles = profiles;
        this.busy = busy;
        this.commitments = commitments;
        this.availability = availability;
        this.invitations = invitations;
        this.settings = settings;
        this.clock = clock;
    }

    /** The problem, and the rounds it covers. */
    record LoopProblem(Instance instance, List<Long> rounds) {}

    /** The stage to plan: the one asked for, else the application's own if it has rounds to schedule. */
    static StageKind stage(String asked, ApplicationDetails.Details app) {
        if (asked != null && !asked.isBlank()) {
            try {
                StageKind kind = StageKind.valueOf(asked.strip().toUpperCase(java.util.Locale.ROOT));
                if (kind == StageKind.PHONE_SCREEN || kind == StageKind.ONSITE_LOOP) return kind;
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new BadInput(Map.of("stage", "sched.stage.invalid"), "sched.stage.invalid");
        }
        StageKind current = app.position().stage();
        return current == StageKind.PHONE_SCREEN ? current : StageKind.ONSITE_LOOP;
    }

    LoopProblem build(ApplicationDetails.Details app, StageKind stage, List<Schedule.Pin> pins, CurrentUser user) {
        return build(app, stage, pins, user, availability.of(app.id()), Map.of());
    }

    /**
     * The same, over the given candidate availability rather than the stored one, with {@code held}
     * time counted as busy too (plans offered to the candidate: other candidates' offers hold theirs).
     */
    LoopProblem build(ApplicationDetails.Details app, StageKind stage, List<Schedule.Pin> pins, CurrentUser user,
            CandidateAvailability.Slots slots, Map<Long, List<TimeSpan>> held) {
        List<Interview> rounds = planning.of(app.id(), user).stream()
                .filter(i -> i.stage() == stage && i.roundStatus() == Round.Status.OPEN).toList();
        if (rounds.isEmpty()) throw new Conflict("sched.no-rounds");
        List<Long> roundIds = rounds.stream().map(Interview::id).toList();

        Instant earliest = clock.instant().plus(NOTICE);
        Instant horizon = clock.instant().plus(Duration.ofDays(settings.horizonDays()));
        List<TimeSpan> open = slots.spans().stream().filter(s -> s.end().isAfter(earliest) && s.start().isBefore(horizon))
                .map(s -> new TimeSpan(s.start().isBefore(earliest) ? earliest : s.start(), s.end().isAfter(horizon) ? horizon : s.end()))
                .filter(s -> s.end().isAfter(s.start())).toList();
        if (open.isEmpty()) throw new BadInput(Map.of("availability", "sched.availability.missing"), "sched.availability.missing");
        TimeSpan window = new TimeSpan(open.stream().map(TimeSpan::start).min(Comparator.naturalOrder()).orElseThrow(),
                open.stream().map(TimeSpan::end).max(Comparator.naturalOrder()).orElseThrow());

        List<InterviewerProfile> people = profiles.active();
        if (people.isEmpty()) throw new Conflict("sched.no-interviewers");
        Set<Long> ids = people.stream().map(InterviewerProfile::userId).collect(Collectors.toSet());
        TimeSpan weeks = new TimeSpan(window.start().minus(Duration.ofDays(7)), window.end().plus(Duration.ofDays(7)));
        Map<Long, List<TimeSpan>> blocked = busy.of(ids, window);
        Map<Long, List<TimeSpan>> booked = commitments.booked(ids, weeks, roundIds);
        List<InterviewerSpec> interviewers = new ArrayList<>();
        for (InterviewerProfile p : people) {
            List<Interval> spans = java.util.stream.Stream.concat(blocked.getOrDefault(p.userId(), List.of()).stream(),
                    held.getOrDefault(p.userId(), List.of()).stream()).map(LoopInstances::interval).toList();
            // Their other interviews go to the engine as such: it counts them against the weekly cap,
            // week by week, and treats them as busy time.
            List<Interval> theirs = booked.getOrDefault(p.userId(), List.of()).stream().map(LoopInstances::interval).toList();
            interviewers.add(new InterviewerSpec(String.valueOf(p.userId()), p.zone(), p.languages(), p.roundTypes(),
                    p.maxPerWeek(), p.trainee(), p.workStart(), p.workEnd(), spans, theirs));
        }

        Map<Long, Schedule.Pin> pinned = new HashMap<>();
        for (Schedule.Pin pin : pins) {
            if (!roundIds.contains(pin.roundId())) throw new BadInput(Map.of("pins", "sched.pin.unknown-round"), "sched.pin.unknown-round");
            if (!ids.contains(pin.interviewerId())) throw new BadInput(Map.of("pins", "sched.pin.no-profile"), "sched.pin.no-profile");
            if (pin.start().getEpochSecond() % (GRAIN_MINUTES * 60L) != 0) throw new BadInput(Map.of("pins", "sched.pin.grain"), "sched.pin.grain", GRAIN_MINUTES);
            pinned.put(pin.roundId(), pin);
        }
        Map<Long, Invitations.Sent> sent = invitations.of(app.id());
        List<RoundSpec> specs = new ArrayList<>();
        for (Interview round : rounds) {
            Schedule.Pin pin = pinned.get(round.id());
            Invitations.Sent was = sent.get(round.id());
            Placement published = was == null || was.interviewerId() == null || was.start() == null
                    || !ids.contains(was.interviewerId()) ? null : new Placement(String.valueOf(was.interviewerId()), was.start());
            specs.add(new RoundSpec(String.valueOf(round.id()), round.roundType(), round.minutes(),
                    pin == null ? null : new Placement(String.valueOf(pin.interviewerId()), pin.start()), published));
        }
        Set<String> excluded = new HashSet<>();
        for (long met : commitments.metCandidate(app.candidate().id(), roundIds)) if (ids.contains(met)) excluded.add(String.valueOf(met));
        ZoneId zone = slots.zone() == null ? ZoneId.of("UTC") : slots.zone();
        LoopSpec loop = new LoopSpec(String.valueOf(app.candidate().id()), zone, rounds.getFirst().language(),
                open.stream().map(s -> new Interval(s.start(), s.end())).toList(), excluded, settings.minBreakMinutes(), specs);
        return new LoopProblem(new Instance(GRAIN_MINUTES, interviewers, List.of(loop)), roundIds);
    }

    private static Interval interval(TimeSpan span) {
        return new Interval(span.start(), span.end());
    }
}
