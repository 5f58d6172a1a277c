package dev.boucle.hiring;

import dev.boucle.hiring.process.StageKind;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which applications exist, whose they are and where they stand, for modules that work without a
 * user's view of them: the demo loaders of interviews, offers and scheduling, and the audit log,
 * which files each access under its candidate; analytics, which cuts its facts by job and source.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationIndex {

    /** An application, its job and the job's office. */
    public record Placed(ApplicationId application, JobId job, String office) {}

    private final JdbcClient jdbc;

    ApplicationIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every application id, oldest first. */
    public List<ApplicationId> all() {
        return jdbc.sql("select id from applications order by id").query((rs, n) -> new ApplicationId(rs.getLong(1))).list();
    }

    /** The candidate an application is for. */
    public java.util.Optional<CandidateId> candidateOf(ApplicationId application) {
        return jdbc.sql("select candidate_id from applications where id = ?").param(application.value())
                .query((rs, n) -> new CandidateId(rs.getLong(1))).optional();
    }

    /** What analytics cuts an application by: its job's track, office and level, and its candidate's source. */
    public record Profile(ApplicationId application, JobId job, String track, String office, String level,
            @org.jspecify.annotations.Nullable String source, java.time.Instant appliedAt) {}

    /**
     * The profile of one application, if it exists. A shared lock on the candidate waits for an
     * erasure under way (which holds the row for update) and then reads its result, and holds off
     * an erasure until the caller's transaction is done, so a copy of the source is never made
     * beside an erasure that misses it.
     */
    public java.util.Optional<Profile> profile(ApplicationId application) {
        return jdbc.sql("""
                select a.id, a.job_id, j.track, j.office, j.level, c.source, a.applied_at
                from applications a join jobs j on j.id = a.job_id join candidates c on c.id = a.candidate_id
                where a.id = ? for share of c""")
                .param(application.value())
                .query((rs, n) -> new Profile(new ApplicationId(rs.getLong(1)), new JobId(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .optional();
    }

    /** A job as a report's filter lists it, with the hiring manager who owns it (if any). */
    public record Listed(JobId job, String title, @org.jspecify.annotations.Nullable Long hiringManagerId) {}

    /** Every job, newest first. */
    public List<Listed> jobs() {
        return jdbc.sql("select id, title, hiring_manager_id from jobs order by created_at desc, id desc")
                .query((rs, n) -> new Listed(new JobId(rs.getLong(1)), rs.getString(2), (Long) rs.getObject(3))).list();
    }

    /** The applications in this stage with this status, oldest first. */
    public List<Placed> at(StageKind stage, ApplicationStatus status) {
        return jdbc.sql("""
                select a.id, a.job_id, j.office from applications a join jobs j on j.id = a.job_id
                where a.stage = ? and a.status = ? order by a.id""")
                .params(stage.name(), status.name())
                .query((rs, n) -> new Placed(new ApplicationId(rs.getLong(1)), new JobId(rs.getLong(2)), rs.getString(3))).list();
    }
}
