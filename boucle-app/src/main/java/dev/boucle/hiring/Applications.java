package dev.boucle.hiring;

import dev.boucle.hiring.process.StageKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications table: one row per candidate per job, with its current position. */
@Repository
class Applications {

    /** An application row as stored. */
    record Row(long id, long candidateId, long jobId, StageKind stage, ApplicationStatus status, Instant appliedAt,
            Instant stageEnteredAt, Instant closedAt) {
        Loop.Position position() {
            return new Loop.Position(stage, status);
        }
    }

    private static final String SELECT =
            "select id, candidate_id, job_id, stage, status, applied_at, stage_entered_at, closed_at from applications";
    private final JdbcClient jdbc;

    Applications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long candidateId, long jobId, StageKind stage, Instant at) {
        return jdbc.sql("""
                insert into applications (candidate_id, job_id, stage, status, applied_at, stage_entered_at, updated_at)
                values (?, ?, ?, 'ACTIVE', ?, ?, ?) returning id""")
                .params(candidateId, jobId, stage.name(), ts(at), ts(at), ts(at)).query(Long.class).single();
    }

    boolean exists(long candidateId, long jobId) {
        return jdbc.sql("select exists(select 1 from applications where candidate_id = ? and job_id = ?)")
                .params(candidateId, jobId).query(Boolean.class).single();
    }

    Optional<Row> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Applications::map).optional();
    }

    /** Locks the row until the transaction ends, so two moves of one application queue up. */
    Optional<Row> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(Applications::map).optional();
    }

    List<Row> ofCandidate(long candidateId) {
        return jdbc.sql(SELECT + " where candidate_id = ? order by applied_at desc").param(candidateId)
                .query(Applications::map).list();
    }

    void moveTo(Row from, Loop.Position to, Instant at) {
        Instant entered = from.stage() != to.stage() ? at : from.stageEnteredAt();
        Instant closed = to.status().closed() ? at : null;
        jdbc.sql("""
                update applications set stage = ?, status = ?, updated_at = ?, stage_entered_at = ?, closed_at = ?
                where id = ?""")
                .params(to.stage().name(), to.status().name(), ts(at), ts(entered), closed == null ? null : ts(closed), from.id())
                .update();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Row(rs.getLong("id"), rs.getLong("candidate_id"), rs.getLong("job_id"),
                StageKind.valueOf(rs.getString("stage")), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("applied_at").toInstant(), rs.getTimestamp("stage_entered_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
