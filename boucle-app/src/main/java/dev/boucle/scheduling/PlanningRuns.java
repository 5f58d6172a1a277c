package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import dev.boucle.scheduler.InstanceException;
import dev.boucle.scheduler.Plan;
import dev.boucle.scheduler.Scheduler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Plan this loop": the problem is built and checked in the request (so bad input is a 400 at
 * once), then solved on a small pool of background threads. The run's row in {@code schedules}
 * holds its best plan so far, so any host can show the progress, and a unique index keeps one
 * run per application at a time.
 */
@Service
class PlanningRuns {

    private static final Logger log = LoggerFactory.getLogger(PlanningRuns.class);
    /** Progress is written at most this often: the page polls once a second. */
    private static final long PROGRESS_EVERY_MS = 300;
    private final ApplicationDetails details;
    private final HiringAccess access;
    private final LoopInstances instances;
    private final Schedules schedules;
    private final SchedulingSettings settings;
    private final ThreadPoolExecutor pool;
    private final MeterRegistry registry;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    PlanningRuns(ApplicationDetails details, HiringAccess access, LoopInstances instances, Schedules schedules,
            SchedulingSettings settings, MeterRegistry registry, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.registry = registry;
        this.tx = tx;
        this.events = events;
        this.details = details;
        this.access = access;
        this.instances = instances;
        this.schedules = schedules;
        this.settings = settings;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(settings.solverThreads(), settings.solverThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(16), r -> {
                    Thread t = new Thread(r, "loop-solver-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Starts a solve of the stage's open rounds, keeping the pinned ones; returns the run at once. */
    public Schedule start(long applicationId, String stage, List<Schedule.Pin> pins, CurrentUser user) {
        ApplicationDetails.Details app = details.application(applicationId, user);
        if (app.position().status().closed()) throw new Conflict("sched.refused.closed");
        StageKind kind = LoopInstances.stage(stage, app);
        LoopInstances.LoopProblem problem = instances.build(app, kind, pins, user);
        schedules.failStale(settings.solveLimit());
        long id;
        try {
            id = schedules.insertRunning(applicationId, kind, pins, problem.rounds().size(), user.id());
        } catch (DuplicateKeyException e) {
            throw new Conflict("sched.already-running");
        }
        try {
            pool.execute(() -> solve(id, app, kind, pins, problem));
        } catch (RejectedExecutionException e) {
            schedules.fail(id, "busy");
            throw new Conflict("sched.busy");
        }
        return schedules.byId(id).orElseThrow();
    }

    /** A run, for those who may see the application's plan: recruiters, admins and the job's hiring manager. */
    public Schedule view(long scheduleId, CurrentUser user) {
        Schedule schedule = schedules.byId(scheduleId).orElseThrow(() -> new NotFound("schedule", scheduleId));
        details.application(schedule.applicationId(), user);
        if (!access.canMoveApplication(user, schedule.applicationId())) throw new AccessDeniedException("not a planner here");
        return schedule;
    }

    public java.util.Optional<Schedule> latest(long applicationId, CurrentUser user) {
        details.application(applicationId, user);
        if (!access.canMoveApplication(user, applicationId)) throw new AccessDeniedException("not a planner here");
        return schedules.latest(applicationId);
    }

    /** Solves now, in the caller's thread (re-planning after a decline answers with the result). */
    ProposedPlan solveNow(LoopInstances.LoopProblem problem) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            ProposedPlan plan = ProposedPlan.of(Scheduler.solve(problem.instance(), settings.replanLimit(), better -> {}));
            outcome = "done";
            return plan;
        } catch (InstanceException e) {
            outcome = "invalid";
            throw new BadInput(Map.of("instance", "sched.instance.invalid"), "sched.instance.invalid", e.field());
        } finally {
            sample.stop(solverTimer("replan", outcome));
        }
    }

    private void solve(long id, ApplicationDetails.Details app, StageKind stage, List<Schedule.Pin> pins, LoopInstances.LoopProblem problem) {
        AtomicLong lastWrite = new AtomicLong();
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            Plan plan = Scheduler.solve(problem.instance(), settings.solveLimit(), better -> {
                long now = System.currentTimeMillis();
                if (now - lastWrite.get() >= PROGRESS_EVERY_MS) {
                    lastWrite.set(now);
                    schedules.progress(id, ProposedPlan.of(better));
                }
            });
            ProposedPlan proposed = ProposedPlan.of(plan);
            // The plan and its record in the log of computed results commit together (AI Act Art. 12).
            tx.executeWithoutResult(status -> {
                schedules.done(id, proposed);
                events.publishEvent(new LoopPlanned(id, new ApplicationId(app.id()), stage, problem.rounds(), pins,
                        settings.solveLimit(), settings.minBreakMinutes(), settings.horizonDays(), proposed, LoopPlanned.VERSION));
            });
            outcome = "done";
        } catch (InstanceException e) {
            outcome = "invalid";
            schedules.fail(id, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Schedule {} failed", id, e);
            schedules.fail(id, String.valueOf(e.getMessage()));
        } finally {
            sample.stop(solverTimer("plan", outcome));
        }
    }

    /** Solver runs on this host: "plan" (in the background) or "replan" (after a decline), by outcome. */
    private Timer solverTimer(String kind, String outcome) {
        return Timer.builder("boucle.solver.runs").tag("kind", kind).tag("outcome", outcome)
                .description("Loop-scheduling solver runs and their duration").register(registry);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
