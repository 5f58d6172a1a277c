package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.interviews.Interview;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an interviewer declines a round or becomes unavailable, the time is marked busy for them
 * and each affected loop is solved again with its other rounds given as published placements:
 * the engine keeps what still works and moves only what must. The new plan is published at once
 * (updates and cancellations), and the answer says how many interviews moved.
 */
@Service
class Replanning {

    public record Replanned(int moved, int unplaced, int invitations, List<Long> applications) {}

    private final Invitations invitations;
    private final BusyTimes busy;
    private final LoopInstances instances;
    private final PlanningRuns runs;
    private final Publishing publishing;
    private final ApplicationDetails details;
    private final InterviewPlanning planning;
    private final Profiles profiles;
    private final Users users;
    private final JdbcClient jdbc;

    Replanning(Invitations invitations, BusyTimes busy, LoopInstances instances, PlanningRuns runs, Publishing publishing,
            ApplicationDetails details, InterviewPlanning planning, Profiles profiles, Users users, JdbcClient jdbc) {
        this.invitations = invitations;
        this.busy = busy;
        this.instances = instances;
        this.runs = runs;
        this.publishing = publishing;
        this.details = details;
        this.planning = planning;
        this.profiles = profiles;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** The interviewer (the caller, or someone a recruiter names) cannot do this round. */
    @Transactional
    public Replanned decline(long roundId, Long interviewerId, String reason, CurrentUser caller) {
        long who = interviewerId == null ? caller.id() : interviewerId;
        if (who != caller.id() && !caller.in(Team.RECRUITING)) throw new AccessDeniedException("not yours to decline");
        Invitations.Sent sent = jdbc.sql("select application_id from invitations where round_id = ?").param(roundId).query(Long.class)
                .optional().map(app -> invitations.of(app).get(roundId)).orElse(null);
        if (sent == null || sent.start() == null || sent.interviewerId() == null) {
            if (!caller.in(Team.RECRUITING) && !planning.one(roundId, caller).hasPanelist(caller.id())) {
                throw new AccessDeniedException("not on this round");
            }
            throw new Conflict("sched.decline.not-published");
        }
        if (sent.interviewerId() != who && !Long.valueOf(who).equals(sent.shadowId())) {
            if (who == caller.id() && !caller.in(Team.RECRUITING)) throw new AccessDeniedException("not on this round");
            throw new BadInput(Map.of("interviewerId", "sched.decline.not-on-round"), "sched.decline.not-on-round");
        }
        // The recruiter who re-plans, and the record, need to know why.
        if (reason == null || reason.isBlank()) throw new BadInput(Map.of("reason", "sched.reason.required"), "sched.reason.required");
        if (reason.length() > 2000) throw new BadInput(Map.of("reason", "sched.reason.too-long"), "sched.reason.too-long");
        TimeSpan span = new TimeSpan(sent.start(), sent.start().plusSeconds(sent.minutes() * 60L));
        busy.add(who, span, BusySource.DECLINE);
        CurrentUser publisher = users.byId(sent.publishedBy()).orElseThrow();
        Replanned result = replan(Set.of(sent.applicationId()), caller.in(Team.RECRUITING) ? caller : publisher);
        record(roundId, who, span, reason, result.moved(), caller);
        return result;
    }

    /** A recruiter marks someone away for a while: every published interview of theirs in it is re-planned. */
    @Transactional
    public Replanned unavailable(long userId, Instant from, Instant to, String reason, CurrentUser caller) {
        if (!caller.in(Team.RECRUITING)) throw new AccessDeniedException("recruiters only");
        profiles.interviewer(userId, caller);
        if (from == null || to == null || !to.isAfter(from)) throw new BadInput(Map.of("to", "sched.span.order"), "sched.span.order");
        TimeSpan span = new TimeSpan(from, to);
        busy.add(userId, span, BusySource.DECLINE);
        Set<Long> apps = new TreeSet<>();
        invitations.ofPerson(userId, from, to).forEach(s -> apps.add(s.applicationId()));
        Replanned result = replan(apps, caller);
        record(null, userId, span, reason, result.moved(), caller);
        return result;
    }

    private Replanned replan(Set<Long> applications, CurrentUser actor) {
        Publishing.Outcome total = new Publishing.Outcome(0, 0, 0);
        for (long appId : applications) {
            ApplicationDetails.Details app = details.application(appId, actor);
            Set<Long> published = invitations.of(appId).keySet();
            var stage = planning.of(appId, actor).stream().filter(i -> published.contains(i.id())).map(Interview::stage)
                    .findFirst().orElseThrow();
            LoopInstances.LoopProblem problem = instances.build(app, stage, List.of(), actor);
            ProposedPlan plan = runs.solveNow(problem);
            total = total.plus(publishing.apply(app, plan, problem.rounds(), actor));
        }
        return new Replanned(total.moved(), total.unplaced(), total.invitations(), List.copyOf(applications));
    }

    private void record(Long roundId, long userId, TimeSpan span, String reason, int moved, CurrentUser by) {
        jdbc.sql("insert into declines (round_id, user_id, starts_at, ends_at, reason, moved, decided_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(roundId, userId, java.sql.Timestamp.from(span.start()), java.sql.Timestamp.from(span.end()), reason, moved, by.id())
                .update();
    }
}
