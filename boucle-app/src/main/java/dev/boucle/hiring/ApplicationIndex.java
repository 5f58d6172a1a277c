package dev.boucle.hiring;

import dev.boucle.hiring.process.StageKind;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which applications exist, whose they are and where they stand, for modules that work without a
 * user's view of them: the demo loaders of interviews, offers and scheduling, and the audit log,
 * which files each access under its candidate.
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

    /** The applications in this stage with this status, oldest first. */
    public List<Placed> at(StageKind stage, ApplicationStatus status) {
        return jdbc.sql("""
                select a.id, a.job_id, j.office from applications a join jobs j on j.id = a.job_id
                where a.stage = ? and a.status = ? order by a.id""")
                .params(stage.name(), status.name())
                .query((rs, n) -> new Placed(new ApplicationId(rs.getLong(1)), new JobId(rs.getLong(2)), rs.getString(3))).list();
    }
}
