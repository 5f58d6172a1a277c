package dev.boucle.coding;

import dev.boucle.coding.Submission.Result;
import dev.boucle.coding.Submission.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The judge's work queue, which is the submissions table itself. A worker claims the oldest
 * waiting row with {@code FOR UPDATE SKIP LOCKED} (so workers on any number of hosts never take
 * the same row and never wait on each other) and holds it under a lease that it renews while the
 * judge runs. A row whose lease ran out belongs to a worker that died: the next claim takes it
 * again. Results are written only by the worker holding the lease, so a worker that was presumed
 * dead and comes back cannot overwrite a newer attempt.
 */
@Component
class SubmissionQueue {

    /** A claimed job: what to judge, and the how-manieth attempt this is. */
    public record Claim(long id, String problemId, String language, String source, int attempt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Wakes this host's idle workers at once; workers elsewhere find the row on their next poll. */
    private final Semaphore arrivals = new Semaphore(0);

    SubmissionQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long enqueue(String problemId, String language, String source, Long roundId, Long submittedBy) {
        long id = jdbc.sql("""
                insert into submissions (problem_id, language, source, round_id, submitted_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(problemId, language, source, roundId, submittedBy).query(Long.class).single();
        arrivals.release();
        return id;
    }

    /** A candidate's practice attempt: no round, no staff author. */
    long enqueuePractice(String problemId, String language, String source, long candidateId) {
        long id = jdbc.sql("""
                insert into submissions (problem_id, language, source, practice_candidate)
                values (?, ?, ?, ?) returning id""")
                .params(problemId, language, source, candidateId).query(Long.class).single();
        arrivals.release();
        return id;
    }

    List<Submission> ofPractice(long candidateId, int limit) {
        return jdbc.sql("select * from submissions where practice_candidate = ? order by id desc limit ?")
                .params(candidateId, limit).query(this::row).list();
    }

    Optional<Submission> practiceAttempt(long candidateId, long id) {
        return jdbc.sql("select * from submissions where id = ? and practice_candidate = ?").params(id, candidateId)
                .query(this::row).optional();
    }

    int waitingOrRunningPractice(long candidateId) {
        return jdbc.sql("select count(*) from submissions where practice_candidate = ? and status <> 'DONE'")
                .param(candidateId).query(Integer.class).single();
    }

    /** Waits up to {@code timeout} for a submission to arrive on this host; a poll follows either way. */
    void awaitArrival(Duration timeout) throws InterruptedException {
        if (arrivals.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) arrivals.drainPermits();
    }

    Optional<Claim> claim(String worker, Duration lease) {
        return jdbc.sql("""
                update submissions s
                   set status = 'RUNNING', worker = :worker, attempts = s.attempts + 1, started_at = now(),
                       lease_until = now() + make_interval(secs => :lease)
                 where s.id = (select id from submissions
                                where status = 'QUEUED' or (status = 'RUNNING' and lease_until < now())
                                order by id limit 1
                                for update skip locked)
                returning s.id, s.problem_id, s.language, s.source, s.attempts""")
                .param("worker", worker).param("lease", (double) lease.toSeconds())
                .query((rs, n) -> new Claim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .optional();
    }

    void renew(Collection<Long> ids, String worker, Duration lease) {
        if (ids.isEmpty()) return;
        jdbc.sql("""
                update submissions set lease_until = now() + make_interval(secs => :lease)
                 where id = any(:ids) and worker = :worker and status = 'RUNNING'""")
                .param("lease", (double) lease.toSeconds()).param("ids", ids.toArray(Long[]::new)).param("worker", worker)
                .update();
    }

    /** A stored result: the submission's round, if any, and whether the candidate sent it. */
    record Finished(@org.jspecify.annotations.Nullable Long roundId, boolean byCandidate) {}

    /** Stores the result if this worker still holds the job; empty when another attempt took it over. */
    Optional<Finished> finish(long id, String worker, Result result) {
        return jdbc.sql("""
                update submissions set status = 'DONE', verdict = ?, result = ?::jsonb, finished_at = now(), lease_until = null
                 where id = ? and worker = ? and status = 'RUNNING'
                returning round_id, submitted_by is null""")
                .params(result.verdict().name(), json.writeValueAsString(result), id, worker)
                .query((rs, n) -> new Finished((Long) rs.getObject(1), rs.getBoolean(2))).optional();
    }

    Optional<Submission> find(long id) {
        return jdbc.sql("select * from submissions where id = ?").param(id).query(this::row).optional();
    }

    List<Submission> ofRound(long roundId) {
        return jdbc.sql("select * from submissions where round_id = ? order by id desc limit 200").param(roundId).query(this::row).list();
    }

    int waitingOrRunning(long roundId, boolean byCandidate) {
        return jdbc.sql("""
                select count(*) from submissions
                 where round_id = ? and status <> 'DONE' and (submitted_by is null) = ?""")
                .params(roundId, byCandidate).query(Integer.class).single();
    }

    int waitingOrRunningBy(long userId) {
        return jdbc.sql("select count(*) from submissions where submitted_by = ? and status <> 'DONE'")
                .param(userId).query(Integer.class).single();
    }

    int countOfRound(long roundId) {
        return jdbc.sql("select count(*) from submissions where round_id = ?").param(roundId).query(Integer.class).single();
    }

    private Submission row(ResultSet rs, int n) throws SQLException {
        String result = rs.getString("result");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Submission(rs.getLong("id"), rs.getString("problem_id"), rs.getString("language"), rs.getString("source"),
                (Long) rs.getObject("round_id"), (Long) rs.getObject("submitted_by"), Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(),
                result == null ? null : json.readValue(result, Result.class));
    }
}
