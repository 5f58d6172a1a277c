package dev.boucle.hiring;

import dev.boucle.hiring.process.StageKind;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which applications exist and where they stand, for modules that work over many at once (the
 * demo loaders of interviews, offers and scheduling) without a user's view of them.
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

    /** The applications in this stage with this status, oldest first. */
    public List<Placed> at(StageKind stage, ApplicationStatus status) {
        return jdbc.sql("""
                select a.id, a.job_id, j.office from applications a join jobs j on j.id = a.job_id
                where a.stage = ? and a.status = ? order by a.id""")
                .params(stage.name(), status.name())
                .query((rs, n) -> new Placed(new ApplicationId(rs.getLong(1)), new JobId(rs.getLong(2)), rs.getString(3))).list();
    }
}
