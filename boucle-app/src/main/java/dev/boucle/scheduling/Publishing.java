package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.interviews.Interview;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a plan: each round's panel and start are written through the interviews module,
 * and the people concerned get a calendar invitation. A round whose invitation is unchanged
 * sends nothing; a changed one sends an update with the next SEQUENCE, and a CANCEL to whoever
 * left it; a round that could no longer be placed is cancelled for everyone.
 */
@Service
class Publishing {

    /** What publishing did: interviews whose time or people changed, rounds left unplaced, e-mails queued. */
    public record Outcome(int moved, int unplaced, int invitations) {

        Outcome plus(Outcome o) {
            return new Outcome(moved + o.moved, unplaced + o.unplaced, invitations + o.invitations);
        }
    }

    private final Schedules schedules;
    private final Invitations invitations;
    private final InterviewPlanning planning;
    private final ApplicationDetails details;
    private final InterviewerProfiles profiles;
    private final CandidateAvailability availability;
    private final Users users;
    private final InvitationMail mail;
    private final CalendarLock lock;

    Publishing(Schedules schedules, Invitations invitations, InterviewPlanning planning, ApplicationDetails details,
            InterviewerProfiles profiles, CandidateAvailability availability, Users users, InvitationMail mail, CalendarLock lock) {
        this.lock = lock;
        this.schedules = schedules;
        this.invitations = invitations;
        this.planning = planning;
        this.details = details;
        this.profiles = profiles;
        this.availability = availability;
        this.users = users;
        this.mail = mail;
    }

    @Transactional
    public Outcome publish(long scheduleId, CurrentUser user) {
        Schedule schedule = schedules.lock(scheduleId).orElseThrow(() -> new NotFound("schedule", scheduleId));
        ApplicationDetails.Details app = details.application(schedule.applicationId(), user);
        if (!user.in(Team.RECRUITING)) throw new AccessDeniedException("only recruiters publish");
        if (schedule.status() == Schedule.Status.RUNNING) throw new Conflict("sched.publish.running");
        if (schedule.status() != Schedule.Status.DONE || schedule.plan() == null) throw new Conflict("sched.publish.not-ready");
        if (schedules.latest(app.id()).map(s -> s.id() != scheduleId).orElse(false)) throw new Conflict("sched.publish.superseded");
        if (!schedule.plan().feasible()) throw new Conflict("sched.publish.infeasible");
        List<Long> rounds = new ArrayList<>(schedule.plan().slots().stream().map(ProposedPlan.Slot::roundId).toList());
        rounds.addAll(schedule.plan().unplaced());
        Outcome outcome = apply(app, schedule.plan(), rounds, user);
        schedules.published(scheduleId, user.id());
        return outcome;
    }

    /** Writes the plan of these rounds and sends what changed; runs in the caller's transaction. */
    Outcome apply(ApplicationDetails.Details app, ProposedPlan plan, Collection<Long> rounds, CurrentUser actor) {
        lock.hold(); // a candidate's booking re-checks under this lock: it must see what is published here
        Map<Long, Invitations.Sent> sent = invitations.of(app.id());
        Map<Long, Interview> interviews = new java.util.HashMap<>();
        planning.of(app.id(), actor).forEach(i -> interviews.put(i.id(), i));
        ZoneId candidateZone = availability.of(app.id()).zone();
        Outcome total = new Outcome(0, 0, 0);
        for (long roundId : rounds) {
            Interview interview = interviews.get(roundId);
            if (interview == null) continue;
            InvitationMail.Recipient candidate = new InvitationMail.Recipient(app.candidate().email(), app.candidate().name(),
                    Locale.forLanguageTag(interview.language()), candidateZone == null ? ZoneId.of("UTC") : candidateZone,
                    InvitationMail.Role.CANDIDATE);
            Invitations.Sent was = sent.get(roundId);
            var slot = plan.slot(roundId);
            total = total.plus(slot.isPresent()
                    ? place(app, interview, slot.get(), was, candidate, actor)
                    : unplace(app, interview, was, candidate, actor));
        }
        return total;
    }

    private Outcome place(ApplicationDetails.Details app, Interview interview, ProposedPlan.Slot slot, Invitations.Sent was,
            InvitationMail.Recipient candidate, CurrentUser actor) {
        boolean live = was != null && was.interviewerId() != null && was.start() != null;
        if (live && was.interviewerId() == slot.interviewerId() && Objects.equals(was.shadowId(), slot.shadowId())
                && was.start().equals(slot.start()) && was.minutes() == interview.minutes()) {
            return new Outcome(0, 0, 0);
        }
        List<Long> panel = new ArrayList<>(List.of(slot.interviewerId()));
        if (slot.shadowId() != null) panel.add(slot.shadowId());
        planning.planWithoutMail(interview.id(), new InterviewPlanning.PlanChange(panel, slot.start(), null, null, null, null, null), actor);
        String uid = was == null ? UUID.randomUUID() + "@boucle" : was.uid();
        int sequence = was == null ? 0 : was.sequence() + 1;
        invitations.save(new Invitations.Sent(interview.id(), app.id(), uid, sequence, slot.interviewerId(), slot.shadowId(),
                slot.start(), interview.minutes(), actor.id()));
        InvitationMail.Event now = new InvitationMail.Event(interview.id(), app.candidate().id(), uid, sequence, interview.roundType(), app.candidate().name(),
                app.job().title(), slot.start(), interview.minutes());
        int mails = 0;
        Set<Long> before = live ? people(was.interviewerId(), was.shadowId()) : Set.of();
        if (live) {
            InvitationMail.Event old = new InvitationMail.Event(interview.id(), app.candidate().id(), uid, sequence, interview.roundType(), app.candidate().name(),
                    app.job().title(), was.start(), was.minutes());
            for (long gone : before) {
                if (gone == slot.interviewerId() || Objects.equals(gone, slot.shadowId())) continue;
                mails += sendTo(gone, InvitationMail.Role.LEAD, old, InvitationMail.Kind.CANCEL);
            }
        }
        mails += sendTo(slot.interviewerId(), InvitationMail.Role.LEAD, now,
                before.contains(slot.interviewerId()) ? InvitationMail.Kind.UPDATE : InvitationMail.Kind.NEW);
        if (slot.shadowId() != null) {
            mails += sendTo(slot.shadowId(), InvitationMail.Role.SHADOW, now,
                    before.contains(slot.shadowId()) ? InvitationMail.Kind.UPDATE : InvitationMail.Kind.NEW);
        }
        if (!live || !was.start().equals(slot.start()) || was.minutes() != interview.minutes()) {
            mail.send(candidate, now, live ? InvitationMail.Kind.UPDATE : InvitationMail.Kind.NEW);
            mails++;
        }
        return new Outcome(live ? 1 : 0, 0, mails);
    }

    private Outcome unplace(ApplicationDetails.Details app, Interview interview, Invitations.Sent was, InvitationMail.Recipient candidate,
            CurrentUser actor) {
        if (was == null || was.interviewerId() == null || was.start() == null) return new Outcome(0, 1, 0);
        planning.planWithoutMail(interview.id(), new InterviewPlanning.PlanChange(List.of(), null, null, null, null, null, null), actor);
        int sequence = was.sequence() + 1;
        invitations.save(new Invitations.Sent(interview.id(), app.id(), was.uid(), sequence, null, null, null, was.minutes(), actor.id()));
        InvitationMail.Event old = new InvitationMail.Event(interview.id(), app.candidate().id(), was.uid(), sequence, interview.roundType(), app.candidate().name(),
                app.job().title(), was.start(), was.minutes());
        int mails = 0;
        for (long gone : people(was.interviewerId(), was.shadowId())) mails += sendTo(gone, InvitationMail.Role.LEAD, old, InvitationMail.Kind.CANCEL);
        mail.send(candidate, old, InvitationMail.Kind.CANCEL);
        return new Outcome(1, 1, mails + 1);
    }

    private int sendTo(long userId, InvitationMail.Role role, InvitationMail.Event event, InvitationMail.Kind kind) {
        var user = users.byId(userId);
        if (user.isEmpty()) return 0;
        ZoneId zone = profiles.of(userId).map(InterviewerProfile::zone).orElse(ZoneId.of("UTC"));
        mail.send(new InvitationMail.Recipient(user.get().email(), user.get().name(), Locale.forLanguageTag(user.get().locale()), zone, role),
                event, kind);
        return 1;
    }

    private static Set<Long> people(Long lead, Long shadow) {
        Set<Long> set = new LinkedHashSet<>();
        if (lead != null) set.add(lead);
        if (shadow != null) set.add(shadow);
        return set;
    }
}
