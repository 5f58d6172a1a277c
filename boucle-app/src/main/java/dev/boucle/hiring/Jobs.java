package dev.boucle.hiring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The jobs table, read with its hiring manager's name in the same query. */
@Repository
class Jobs {

    private static final String SELECT = """
            select j.id, j.title, j.track, j.level, j.office, j.hiring_manager_id, u.name as manager, j.status, j.created_at, j.created_by
            from jobs j left join users u on u.id = j.hiring_manager_id""";
    private final JdbcClient jdbc;

    Jobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String title, String track, String level, String office, Long managerId, long actorId) {
        return jdbc.sql("""
                insert into jobs (title, track, level, office, hiring_manager_id, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(title, track, level, office, managerId, actorId).query(Long.class).single();
    }

    Optional<Job> byId(long id) {
        return jdbc.sql(SELECT + " where j.id = ?").param(id).query(Jobs::map).optional();
    }

    List<Job> all() {
        return jdbc.sql(SELECT + " order by j.created_at desc, j.id desc").query(Jobs::map).list();
    }

    List<String> tracksInUse() {
        return jdbc.sql("select distinct track from jobs").query(String.class).list();
    }

    List<String> officesInUse() {
        return jdbc.sql("select distinct office from jobs").query(String.class).list();
    }

    List<String> levelsInUse() {
        return jdbc.sql("select distinct level from jobs").query(String.class).list();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Job map(ResultSet rs, int row) throws SQLException {
        long manager = rs.getLong("hiring_manager_id");
        return new Job(rs.getLong("id"), rs.getString("title"), rs.getString("track"), rs.getString("level"),
                rs.getString("office"), rs.wasNull() ? null : manager, rs.getString("manager"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), nullableLong(rs, "created_by"));
    }
}
