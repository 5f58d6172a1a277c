package dev.boucle.hiring;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.hiring.process.Track;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.UserId;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying to a job and moving an application through its loop. Each change and its timeline
 * event are written in one transaction, under a row lock, so two people acting at once
 * queue up instead of losing a move; a refused move changes nothing.
 */
@Service
public class MovingApplications {

    private final Applications applications;
    private final Jobs jobs;
    private final Candidates candidates;
    private final Rounds rounds;
    private final Timeline timeline;
    private final ProcessCatalog catalog;
    private final HiringAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MovingApplications(Applications applications, Jobs jobs, Candidates candidates, Rounds rounds, Timeline timeline,
            ProcessCatalog catalog, HiringAccess access, Clock clock,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.jobs = jobs;
        this.candidates = candidates;
        this.rounds = rounds;
        this.timeline = timeline;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public long apply(long candidateId, long jobId, CurrentUser actor) {
        return applyAt(candidateId, jobId, actor, clock.instant());
    }

    /** Applying at a given instant: used by the demo to lay out a realistic history. */
    @Transactional
    long applyAt(long candidateId, long jobId, CurrentUser actor, Instant at) {
        access.require(HiringAccess.runsPipeline(actor));
        // A shared lock waits for an erasure under way (which holds the row for update), then sees its result.
        Candidate candidate = candidates.byIdShared(candidateId).orElseThrow(() -> new NotFound("candidate", candidateId));
        if (HiringPersonalData.ERASED.equals(candidate.name())) throw new Conflict("candidate.erased", candidateId);
        Job job = jobs.byId(jobId).orElseThrow(() -> new NotFound("job", jobId));
        if (applications.exists(candidateId, jobId)) throw new Conflict("apply.refused.duplicate");
        Track track = trackOf(job);
        StageKind first = track.firstStage();
        long id = applications.insert(candidateId, jobId, first, at);
        rounds.plan(id, first, track.stage(first).rounds());
        Loop.Position entered = new Loop.Position(first, ApplicationStatus.ACTIVE);
        timeline.append(TimelineEntry.moved(id, EventType.APPLIED, at, actor, null, entered, null));
        events.publishEvent(new ApplicationMoved(new ApplicationId(id), new JobId(jobId), new CandidateId(candidateId), null, entered, at,
                new UserId(actor.id())));
        return id;
    }

    @Transactional
    public Loop.Position move(long applicationId, Action action, String reason, CurrentUser actor) {
        return moveAt(applicationId, action, reason, actor, clock.instant());
    }

    @Transactional
    Loop.Position moveAt(long applicationId, Action action, String reason, CurrentUser actor, Instant at) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > Loop.MAX_REASON) throw new BadInput(java.util.Map.of("reason", "move.reason.too-long"), "move.reason.too-long", Loop.MAX_REASON);
        if (action == Action.REJECT && why == null) {
            throw new BadInput(java.util.Map.of("reason", "move.refused.reason-required"), "move.refused.reason-required");
        }
        access.require(access.canMoveApplication(actor, applicationId));
        return moveChecked(applicationId, action, why, actor, at);
    }

    /**
     * A move the final review decided (hire, no hire). The interviews module has checked that
     * the person deciding holds the right to; the state machine's rules still apply.
     */
    @Transactional
    public Loop.Position moveDecided(long applicationId, Action action, String reason, CurrentUser decider) {
        return moveChecked(applicationId, action, reason, decider, clock.instant());
    }

    private Loop.Position moveChecked(long applicationId, Action action, String why, CurrentUser actor, Instant at) {
        Applications.Row row = applications.lock(applicationId).orElseThrow(() -> new NotFound("application", applicationId));
        Job job = jobs.byId(row.jobId()).orElseThrow();
        Track track = trackOf(job);
        int open = rounds.openIn(applicationId, row.stage());
        return switch (Loop.decide(row.position(), track, action, why, open)) {
            case Loop.Outcome.Refused refused -> throw new Conflict(refused.reasonKey(), localisable(refused.args().toArray()));
            case Loop.Outcome.Moved moved -> {
                applications.moveTo(row, moved.next(), at);
                events.publishEvent(new ApplicationMoved(new ApplicationId(applicationId), new JobId(row.jobId()),
                        new CandidateId(row.candidateId()), row.position(), moved.next(), at, new UserId(actor.id())));
                timeline.append(TimelineEntry.moved(applicationId, moved.event(), at, actor, row.position(), moved.next(), why));
                if (moved.next().stage() != row.stage()) {
                    rounds.plan(applicationId, moved.next().stage(), track.stage(moved.next().stage()).rounds());
                }
                yield moved.next();
            }
        };
    }

    /**
     * The candidate withdraws, from their own portal (the portal has established who they are):
     * the state machine's rules hold as for staff, and the timeline records the candidate as the actor.
     */
    @Transactional
    public Loop.Position withdrawByCandidate(ApplicationId application, CandidateId candidate, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > Loop.MAX_REASON) throw new BadInput(java.util.Map.of("reason", "move.reason.too-long"), "move.reason.too-long", Loop.MAX_REASON);
        Applications.Row row = applications.lock(application.value()).filter(r -> r.candidateId() == candidate.value())
                .orElseThrow(() -> new NotFound("application", application.value()));
        Job job = jobs.byId(row.jobId()).orElseThrow();
        Instant at = clock.instant();
        return switch (Loop.decide(row.position(), trackOf(job), Action.WITHDRAW, why, rounds.openIn(row.id(), row.stage()))) {
            case Loop.Outcome.Refused refused -> throw new Conflict(refused.reasonKey(), localisable(refused.args().toArray()));
            case Loop.Outcome.Moved moved -> {
                applications.moveTo(row, moved.next(), at);
                events.publishEvent(new ApplicationMoved(application, new JobId(row.jobId()), candidate, row.position(), moved.next(), at, null));
                timeline.append(TimelineEntry.byCandidate(row.id(), moved.event(), at, row.position(), moved.next(), why));
                yield moved.next();
            }
        };
    }

    /** Marks a round done, or waives it with a reason; either way a named person is recorded. */
    @Transactional
    public Round resolveRound(long applicationId, long roundId, Round.Status outcome, String note, CurrentUser actor) {
        return resolveRoundAt(applicationId, roundId, outcome, note, actor, clock.instant());
    }

    @Transactional
    Round resolveRoundAt(long applicationId, long roundId, Round.Status outcome, String note, CurrentUser actor, Instant at) {
        String why = note == null || note.isBlank() ? null : note.strip();
        if (outcome == Round.Status.WAIVED && why == null) {
            throw new BadInput(java.util.Map.of("reason", "round.waive.reason-required"), "round.waive.reason-required");
        }
        if (why != null && why.length() > Loop.MAX_REASON) throw new BadInput(java.util.Map.of("reason", "move.reason.too-long"), "move.reason.too-long", Loop.MAX_REASON);
        access.require(access.canMoveApplication(actor, applicationId));
        Applications.Row row = applications.lock(applicationId).orElseThrow(() -> new NotFound("application", applicationId));
        Round round = rounds.byId(roundId).filter(r -> r.applicationId() == applicationId)
                .orElseThrow(() -> new NotFound("round", roundId));
        if (row.status().closed()) throw new Conflict("move.refused.closed", localisable(new Object[] {row.status()}));
        if (round.status() != Round.Status.OPEN) throw new Conflict("round.refused.resolved");
        rounds.resolve(roundId, outcome, actor.id(), at, why);
        timeline.append(TimelineEntry.ofRound(applicationId,
                outcome == Round.Status.DONE ? EventType.ROUND_COMPLETED : EventType.ROUND_WAIVED, at, actor, roundId, why));
        return rounds.byId(roundId).orElseThrow();
    }

    /**
     * A round is complete because its whole panel submitted scorecards; the last submitter is the
     * named person on record. Panel membership was checked by the interviews module.
     */
    @Transactional
    public void completeFromScorecards(long applicationId, long roundId, CurrentUser lastSubmitter) {
        Round round = rounds.byId(roundId).filter(r -> r.applicationId() == applicationId)
                .orElseThrow(() -> new NotFound("round", roundId));
        if (round.status() != Round.Status.OPEN) return;
        Instant at = clock.instant();
        rounds.resolve(roundId, Round.Status.DONE, lastSubmitter.id(), at, null);
        timeline.append(TimelineEntry.ofRound(applicationId, EventType.ROUND_COMPLETED, at, lastSubmitter, roundId, null));
    }

    /** Sets who interviews a round; the interviews module checks the planner's rights. */
    @Transactional
    public void assignPanel(long applicationId, long roundId, List<Long> panel, CurrentUser planner) {
        rounds.byId(roundId).filter(r -> r.applicationId() == applicationId).orElseThrow(() -> new NotFound("round", roundId));
        if (rounds.panel(roundId).equals(panel.stream().sorted().toList())) return;
        rounds.assignPanel(roundId, panel);
        timeline.append(TimelineEntry.ofRound(applicationId, EventType.PANEL_ASSIGNED, clock.instant(), planner, roundId, null));
    }

    public List<Long> panel(long roundId) {
        return rounds.panel(roundId);
    }

    /** A "more data" decision: rounds of the given types join the final review and must be done. */
    @Transactional
    public void addRounds(long applicationId, List<String> roundTypes, String reason, CurrentUser decider) {
        Applications.Row row = applications.lock(applicationId).orElseThrow(() -> new NotFound("application", applicationId));
        Track track = trackOf(jobs.byId(row.jobId()).orElseThrow());
        HiringProcess process = catalog.current();
        List<dev.boucle.hiring.process.RoundTemplate> templates = roundTypes.stream().map(type -> {
            var roundType = process.roundType(type).orElseThrow(() -> new BadInput(java.util.Map.of("rounds", "decision.rounds.unknown"),
                    "decision.rounds.unknown", type));
            int minutes = track.stages().stream().flatMap(s -> s.rounds().stream()).filter(r -> r.type().equals(type))
                    .map(dev.boucle.hiring.process.RoundTemplate::minutes).findFirst().orElse(60);
            return new dev.boucle.hiring.process.RoundTemplate(type, minutes, roundType.defaultAiPolicy(), null);
        }).toList();
        rounds.add(applicationId, row.stage(), templates);
        timeline.append(TimelineEntry.ofLoop(applicationId, EventType.ROUNDS_ADDED, clock.instant(), decider, reason));
    }

    private Track trackOf(Job job) {
        HiringProcess process = catalog.current();
        return process.track(job.track()).orElseThrow(() -> new Conflict("job.track.gone", job.track()));
    }

    /** Stages and statuses in a refusal are named in the reader's language. */
    static Object[] localisable(Object[] args) {
        return Arrays.stream(args).map(a -> switch (a) {
            case StageKind s -> new DefaultMessageSourceResolvable(s.messageKey());
            case ApplicationStatus s -> new DefaultMessageSourceResolvable("status." + s.name());
            default -> a;
        }).toArray();
    }
}
