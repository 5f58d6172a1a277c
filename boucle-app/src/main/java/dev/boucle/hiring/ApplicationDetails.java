package dev.boucle.hiring;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.NotFound;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading one application or one candidate with everything a page or the API shows of it. */
@Service
public class ApplicationDetails {

    private final Applications applications;
    private final Candidates candidates;
    private final Jobs jobs;
    private final Rounds rounds;
    private final Timeline timeline;
    private final ProcessCatalog catalog;
    private final HiringAccess access;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ApplicationDetails(Applications applications, Candidates candidates, Jobs jobs, Rounds rounds, Timeline timeline,
            ProcessCatalog catalog, HiringAccess access, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.candidates = candidates;
        this.jobs = jobs;
        this.rounds = rounds;
        this.timeline = timeline;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    /** An application in full: position, time in process, rounds and timeline. */
    public record Details(long id, Candidate candidate, Job job, Loop.Position position, java.time.Instant appliedAt,
            java.time.Instant stageEnteredAt, TimeInProcess timeInProcess, List<Round> rounds, List<TimelineEvent> events,
            boolean canMove) {}

    public record CandidateFile(Candidate candidate, List<Details> applications) {}

    /** What an application looked like at its last event, on a given day, under a given process. */
    private record Cached(long lastEvent, java.time.LocalDate day, HiringProcess process, Details details) {}

    private final java.util.concurrent.ConcurrentHashMap<Long, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;

    /**
     * One application in full. Every change to an application, its rounds or its panel appends
     * an event, so the id of its last event (one index lookup) says whether the copy in memory is
     * still true; a copy made inside a transaction that rolled back carries an event id that can
     * never come back, so it is simply never hit. No transaction of its own (it joins the
     * caller's): the last event id is read first, so a copy built from newer rows is replaced.
     */
    public Details application(long id, CurrentUser user) {
        if (!access.canSeeApplication(user, id)) {
            applications.byId(id).orElseThrow(() -> new NotFound("application", id));
            access.require(false);
        }
        Long lastEvent = jdbc.sql("select max(id) from application_events where application_id = ?").param(id)
                .query(Long.class).optional().orElse(null);
        if (lastEvent == null) throw new NotFound("application", id);
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        HiringProcess process = catalog.current();
        Cached hit = cache.get(id);
        Details details;
        if (hit != null && hit.lastEvent() == lastEvent && hit.day().equals(today) && hit.process() == process) {
            details = hit.details();
        } else {
            Applications.Row row = applications.byId(id).orElseThrow(() -> new NotFound("application", id));
            details = details(row, candidates.byId(row.candidateId()).orElseThrow(), null);
            if (cache.size() > CACHE_LIMIT) cache.clear();
            cache.put(id, new Cached(lastEvent, today, process, details));
        }
        boolean canMove = access.canMoveApplication(user, id);
        return canMove == details.canMove() ? details : withCanMove(details, canMove);
    }

    private static Details withCanMove(Details d, boolean canMove) {
        return new Details(d.id(), d.candidate(), d.job(), d.position(), d.appliedAt(), d.stageEnteredAt(), d.timeInProcess(),
                d.rounds(), d.events(), canMove);
    }

    /** A candidate with the applications this user may see (an interviewer sees only theirs). */
    @Transactional(readOnly = true)
    public CandidateFile candidate(long id, CurrentUser user) {
        Candidate candidate = candidates.byId(id).orElseThrow(() -> new NotFound("candidate", id));
        access.require(access.canSeeCandidate(user, id));
        List<Details> visible = applications.ofCandidate(id).stream()
                .filter(row -> access.canSeeApplication(user, row.id()))
                .map(row -> details(row, candidate, user)).toList();
        return new CandidateFile(candidate, visible);
    }

    /** A round someone is assigned to interview, with what they need to find the candidate. */
    public record Assignment(long applicationId, long candidateId, String candidateName, String jobTitle,
            dev.boucle.hiring.process.StageKind stage, String roundType, Round.Status status) {}

    /** The rounds this person interviews on open applications, newest first. */
    @Transactional(readOnly = true)
    public List<Assignment> assignedTo(CurrentUser user) {
        return jdbc.sql("""
                select a.id, c.id, c.name, j.title, r.stage, r.round_type, r.status
                from rounds r join applications a on a.id = r.application_id
                join candidates c on c.id = a.candidate_id join jobs j on j.id = a.job_id
                where r.interviewer_id = ? and a.status in ('ACTIVE', 'ON_HOLD')
                order by a.updated_at desc, r.id limit 100""")
                .param(user.id())
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        dev.boucle.hiring.process.StageKind.valueOf(rs.getString(5)), rs.getString(6),
                        Round.Status.valueOf(rs.getString(7))))
                .list();
    }

    public List<Candidate> search(String query, int limit, int offset, CurrentUser user) {
        access.require(HiringAccess.runsPipeline(user));
        return candidates.search(query, Math.clamp(limit, 1, 200), Math.max(0, offset));
    }

    private Details details(Applications.Row row, Candidate candidate, CurrentUser user) {
        HiringProcess process = catalog.current();
        Job job = jobs.byId(row.jobId()).orElseThrow();
        TimeInProcess time = TimeInProcess.of(row.appliedAt(), row.closedAt(), clock.instant(),
                process.atRiskWeeks(), process.overdueWeeks());
        return new Details(row.id(), candidate, job, row.position(), row.appliedAt(), row.stageEnteredAt(), time,
                rounds.of(row.id()), timeline.of(row.id()), user != null && access.canMoveApplication(user, row.id()));
    }
}
