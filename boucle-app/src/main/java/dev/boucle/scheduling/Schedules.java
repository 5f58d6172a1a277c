package dev.boucle.scheduling;

import dev.boucle.hiring.process.StageKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The schedules table: solver runs, their best plan so far, and what became of it. */
@Repository
class Schedules {

    private static final String SELECT = """
            select id, application_id, stage, status, pins, plan, placed, total, error, created_at, finished_at, published_at
            from schedules""";
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Schedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws DuplicateKeyException when a run of this application is already going. */
    long insertRunning(long applicationId, StageKind stage, List<Schedule.Pin> pins, int total, long requestedBy) {
        return jdbc.sql("""
                insert into schedules (application_id, stage, status, pins, total, requested_by)
                values (?, ?, 'RUNNING', ?::jsonb, ?, ?) returning id""")
                .params(applicationId, stage.name(), json.writeValueAsString(pins), total, requestedBy).query(Long.class).single();
    }

    /** A run whose host stopped never finishes: after its time limit and a margin it is failed, so a new one can start. */
    void failStale(Duration limit) {
        jdbc.sql("""
                update schedules set status = 'FAILED', error = 'interrupted', finished_at = now()
                where status = 'RUNNING' and created_at < now() - ? * interval '1 second'""")
                .param(limit.toSeconds() + 120).update();
    }

    void progress(long id, ProposedPlan plan) {
        jdbc.sql("update schedules set plan = ?::jsonb, placed = ? where id = ? and status = 'RUNNING'")
                .params(json.writeValueAsString(plan), plan.slots().size(), id).update();
    }

    void done(long id, ProposedPlan plan) {
        jdbc.sql("update schedules set plan = ?::jsonb, placed = ?, status = 'DONE', finished_at = now() where id = ?")
                .params(json.writeValueAsString(plan), plan.slots().size(), id).update();
    }

    void fail(long id, String error) {
        jdbc.sql("update schedules set status = 'FAILED', error = ?, finished_at = now() where id = ?").params(error, id).update();
    }

    void published(long id, long by) {
        jdbc.sql("update schedules set status = 'PUBLISHED', published_by = ?, published_at = now() where id = ?").params(by, id).update();
    }

    Optional<Schedule> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
    }

    Optional<Schedule> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(this::map).optional();
    }

    Optional<Schedule> latest(long applicationId) {
        return jdbc.sql(SELECT + " where application_id = ? order by id desc limit 1").param(applicationId).query(this::map).optional();
    }

    private Schedule map(ResultSet rs, int n) throws SQLException {
        String plan = rs.getString("plan");
        return new Schedule(rs.getLong("id"), rs.getLong("application_id"), StageKind.valueOf(rs.getString("stage")),
                Schedule.Status.valueOf(rs.getString("status")),
                json.readValue(rs.getString("pins"), new TypeReference<List<Schedule.Pin>>() {}),
                plan == null ? null : json.readValue(plan, ProposedPlan.class), rs.getInt("placed"), rs.getInt("total"),
                rs.getString("error"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")),
                instant(rs.getTimestamp("published_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
