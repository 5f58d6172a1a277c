package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.ApplicationStatus;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.interviews.Interview;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import dev.boucle.scheduler.InstanceException;
import dev.boucle.scheduler.Plan;
import dev.boucle.scheduler.Scheduler;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate plans their own stage: whole alternative plans computed from the live calendars,
 * and a booking that checks the chosen plan again, under the {@link CalendarLock}, before it
 * publishes it exactly as a recruiter's publishing would (interviews written, invitations sent).
 * The caller (the portal) has established who the candidate is; {@code actor} is the staff member
 * on whose behalf the candidate acts (the one who sent their link), recorded as the publisher.
 */
@Service
public class SelfScheduling {

    /** Where a stage stands for the candidate: nothing to plan, theirs to plan, booked, or planned by the recruiter. */
    public enum State { NOT_NOW, READY, BOOKED, BY_RECRUITER }

    /** {@code rescheduleUntil}: a booked stage may be moved by the candidate until then (null: it may not). */
    public record Status(StageKind stage, State state, Instant rescheduleUntil) {}

    /** A round of an offered plan, as the candidate sees it: no interviewer, just the round and its time. */
    public record Slot(long roundId, String roundType, Instant start, Instant end) {}

    /** {@code changes}: when moving a booked stage, how many rounds change time or interviewer (fewest first). */
    public record Offer(String planId, StageKind stage, Instant expiresAt, List<Slot> slots, int changes) {}

    /** What a booking did: the rounds as booked, and the e-mails queued (the candidate's and the panel's). */
    public record Booking(StageKind stage, List<Slot> slots, int invitations) {}

    /** The plan's slot went to someone else between the offer and the booking. */
    public static class SlotTaken extends Conflict {
        SlotTaken() {
            super("sched.self.taken");
        }
    }

    private static final LocalTime DAY_START = LocalTime.of(9, 0);
    private static final LocalTime DAY_END = LocalTime.of(18, 0);
    private final ApplicationDetails details;
    private final InterviewPlanning planning;
    private final LoopInstances instances;
    private final CandidateAvailability availability;
    private final OfferedPlans offered;
    private final Invitations invitations;
    private final CalendarLock lock;
    private final Publishing publishing;
    private final SchedulingSettings settings;
    private final Clock clock;

    SelfScheduling(ApplicationDetails details, InterviewPlanning planning, LoopInstances instances, CandidateAvailability availability,
            OfferedPlans offered, Invitations invitations, CalendarLock lock, Publishing publishing, SchedulingSettings settings,
            Clock clock) {
        this.details = details;
        this.planning = planning;
        this.instances = instances;
        this.availability = availability;
        this.offered = offered;
        this.invitations = invitations;
        this.lock = lock;
        this.publishing = publishing;
        this.settings = settings;
        this.clock = clock;
    }

    /** The stage of the application the candidate could plan now, and whether they may. */
    public Status status(ApplicationId application, CurrentUser actor) {
        ApplicationDetails.Details app = details.application(application.value(), actor);
        StageKind stage = app.position().stage();
        if (app.position().status() != ApplicationStatus.ACTIVE || (stage != StageKind.PHONE_SCREEN && stage != StageKind.ONSITE_LOOP)) {
            return new Status(stage, State.NOT_NOW, null);
        }
        List<Round> open = app.rounds().stream().filter(r -> r.stage() == stage && r.status() == Round.Status.OPEN).toList();
        if (open.isEmpty()) return new Status(stage, State.NOT_NOW, null);
        Map<Long, Invitations.Sent> sent = invitations.of(app.id());
        List<Interview> rounds = planning.of(app.id(), actor).stream().filter(i -> open.stream().anyMatch(r -> r.id() == i.id())).toList();
        boolean anyTime = rounds.stream().anyMatch(i -> i.startsAt() != null);
        if (!anyTime) return new Status(stage, State.READY, null);
        boolean published = rounds.stream().allMatch(i -> i.startsAt() != null && sent.containsKey(i.id())
                && i.startsAt().equals(sent.get(i.id()).start()));
        if (!published) return new Status(stage, State.BY_RECRUITER, null);
        Instant first = rounds.stream().map(Interview::startsAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant until = first.minus(Duration.ofHours(settings.selfService().rescheduleHours()));
        return new Status(stage, State.BOOKED, clock.instant().isBefore(until) ? until : null);
    }

    /**
     * Two to five whole plans for the stage, over the candidate's own availability when they gave
     * one, else over working days ({@code 09:00-18:00} in {@code zone}) in the coming weeks.
     */
    @Transactional
    public List<Offer> plans(ApplicationId application, StageKind stage, ZoneId zone, CurrentUser actor) {
        ApplicationDetails.Details app = details.application(application.value(), actor);
        Status status = status(application, actor);
        requirePlannable(status, stage);
        CandidateAvailability.Slots given = availability.of(app.id());
        CandidateAvailability.Slots slots = given.spans().isEmpty() ? workingDays(zone) : given;
        Instant now = clock.instant();
        Map<Long, List<TimeSpan>> held = settings.selfService().holdMinutes() == 0 ? Map.of()
                : offered.held(app.id(), now.minus(Duration.ofMinutes(settings.selfService().holdMinutes())), now);
        List<ProposedPlan> found;
        try {
            found = PlanOffers.alternatives(instances.build(app, stage, List.of(), actor, slots, held).instance(), slots.zone(),
                    settings.selfService().plans());
            // Other candidates' holds are a courtesy between offers: when they leave nothing, the real calendars decide.
            if (found.isEmpty() && !held.isEmpty()) {
                found = PlanOffers.alternatives(instances.build(app, stage, List.of(), actor, slots, Map.of()).instance(), slots.zone(),
                        settings.selfService().plans());
            }
        } catch (BadInput noTimeLeft) {
            return List.of(); // availability wholly in the past or beyond the horizon: nothing to offer
        }
        Map<Long, Invitations.Sent> sent = invitations.of(app.id());
        Map<Long, String> types = types(app);
        offered.forgetOld(app.id(), now.minus(Duration.ofDays(1)));
        offered.supersede(app.id(), now);
        Instant expires = now.plus(Duration.ofMinutes(settings.selfService().planMinutes()));
        List<Offer> offers = new ArrayList<>();
        for (ProposedPlan plan : found) {
            // Only a move has changes to count; a first booking changes nothing anyone was told.
            int changes = status.state() != State.BOOKED ? 0 : (int) plan.slots().stream().filter(s -> moved(s, sent.get(s.roundId()))).count();
            if (status.state() == State.BOOKED && changes == 0) continue; // the plan they already have
            offers.add(new Offer(offered.save(app.id(), stage, plan, expires), stage, expires, slots(plan, types), changes));
        }
        offers.sort(Comparator.comparingInt(Offer::changes).thenComparing(o -> o.slots().getFirst().start()));
        return offers;
    }

    /**
     * Books an offered plan: re-checked against the calendars as they are now, under the lock, and
     * published in the same transaction. A slot taken meanwhile: {@link SlotTaken}, nothing changed.
     */
    @Transactional
    public Booking book(ApplicationId application, String planId, CurrentUser actor) {
        StageKind stage = offered(application, planId).stage();
        ApplicationDetails.Details app = details.application(application.value(), actor);
        // Checked before the lock (most refusals need no lock), and the plan again once it is held: a
        // booking of another plan of the same stage that committed meanwhile has expired this one,
        // and under the lock every statement reads what committed before it.
        requirePlannable(status(application, actor), stage);
        lock.hold();
        OfferedPlans.Offered plan = offered(application, planId);
        List<Schedule.Pin> pins = plan.plan().slots().stream().map(s -> new Schedule.Pin(s.roundId(), s.interviewerId(), s.start())).toList();
        // The plan's own times are the availability the check needs: each pinned round must still fit them.
        List<TimeSpan> own = plan.plan().slots().stream().map(s -> new TimeSpan(s.start(), s.end())).toList();
        Plan checked;
        LoopInstances.LoopProblem problem;
        try {
            problem = instances.build(app, plan.stage(), pins, actor, new CandidateAvailability.Slots(availabilityZone(app.id()), own),
                    Map.of());
            checked = Scheduler.construct(problem.instance());
        } catch (BadInput | InstanceException | Conflict gone) {
            throw new SlotTaken(); // an interviewer left, or a round closed, since the offer
        }
        if (!checked.unassigned().isEmpty() || checked.score().hard() != 0
                || !problem.rounds().containsAll(plan.plan().slots().stream().map(ProposedPlan.Slot::roundId).toList())
                || problem.rounds().size() != plan.plan().slots().size()) {
            throw new SlotTaken();
        }
        ProposedPlan booked = ProposedPlan.of(checked);
        Publishing.Outcome outcome = publishing.apply(app, booked, problem.rounds(), actor);
        offered.booked(plan, clock.instant());
        Map<Long, String> types = types(app);
        return new Booking(plan.stage(), slots(booked, types), outcome.invitations());
    }

    /** An offered plan of this application that can still be booked. */
    private OfferedPlans.Offered offered(ApplicationId application, String planId) {
        OfferedPlans.Offered plan = (planId == null || planId.length() > 64 ? java.util.Optional.<OfferedPlans.Offered>empty()
                : offered.find(planId)).filter(p -> p.applicationId() == application.value())
                .orElseThrow(() -> new NotFound("plan", planId));
        if (plan.bookedAt() != null) throw new Conflict("sched.self.used");
        if (!clock.instant().isBefore(plan.expiresAt())) throw new Conflict("sched.self.expired");
        return plan;
    }

    /** The application an offered plan is for, so the caller can check it is the candidate's own. */
    public java.util.Optional<ApplicationId> applicationOf(String planId) {
        if (planId == null || planId.length() > 64) return java.util.Optional.empty();
        return offered.find(planId).map(p -> new ApplicationId(p.applicationId()));
    }

    /**
     * The candidate's own availability, local date-times in their zone: it replaces what the
     * recruiter entered. Returns how many spans were saved.
     */
    @Transactional
    public int availability(ApplicationId application, CandidateSlots.Entry entry, CurrentUser actor) {
        details.application(application.value(), actor);
        ZoneId zone = CandidateSlots.zone(entry.zone());
        List<TimeSpan> spans = CandidateSlots.spans(zone, entry.slots());
        Instant now = clock.instant();
        for (int i = 0; i < spans.size(); i++) {
            if (!spans.get(i).end().isAfter(now)) throw new BadInput(Map.of("slots[" + i + "]", "sched.self.past"), "sched.self.past");
        }
        availability.replace(application.value(), zone, spans);
        return spans.size();
    }

    private void requirePlannable(Status status, StageKind stage) {
        if (status.stage() != stage || status.state() == State.NOT_NOW) throw new Conflict("sched.self.not-now");
        if (status.state() == State.BY_RECRUITER) throw new Conflict("sched.self.by-recruiter");
        if (status.state() == State.BOOKED && status.rescheduleUntil() == null) throw new Conflict("sched.self.too-late");
    }

    private ZoneId availabilityZone(long applicationId) {
        ZoneId zone = availability.of(applicationId).zone();
        return zone == null ? ZoneId.of("UTC") : zone;
    }

    /** Working days from tomorrow, 09:00 to 18:00 in the candidate's zone, for as many days as the setting says. */
    private CandidateAvailability.Slots workingDays(ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), zone).plusDays(1);
        List<TimeSpan> spans = new ArrayList<>();
        for (int i = 0; i < settings.selfService().days(); i++, day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) continue;
            spans.add(new TimeSpan(day.atTime(DAY_START).atZone(zone).toInstant(), day.atTime(DAY_END).atZone(zone).toInstant()));
        }
        return new CandidateAvailability.Slots(zone, spans);
    }

    /** Each round's type, by round id, for showing a plan. */
    private static Map<Long, String> types(ApplicationDetails.Details app) {
        Map<Long, String> types = new java.util.HashMap<>();
        app.rounds().forEach(r -> types.put(r.id(), r.type()));
        return types;
    }

    private static boolean moved(ProposedPlan.Slot slot, Invitations.Sent was) {
        return was == null || was.start() == null || !was.start().equals(slot.start()) || was.interviewerId() == null
                || was.interviewerId() != slot.interviewerId();
    }

    private static List<Slot> slots(ProposedPlan plan, Map<Long, String> types) {
        return plan.slots().stream().sorted(Comparator.comparing(ProposedPlan.Slot::start))
                .map(s -> new Slot(s.roundId(), types.getOrDefault(s.roundId(), ""), s.start(), s.end())).toList();
    }
}
