package dev.boucle.hiring;

import dev.boucle.people.Users;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The jobs table; the hiring manager's name comes from the people module, one lookup per read. */
@Repository
class Jobs {

    private static final String SELECT = """
            select j.id, j.title, j.track, j.level, j.office, j.hiring_manager_id, j.status, j.created_at, j.created_by
            from jobs j""";
    private final JdbcClient jdbc;
    private final Users users;

    Jobs(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    long insert(String title, String track, String level, String office, Long managerId, long actorId) {
        return jdbc.sql("""
                insert into jobs (title, track, level, office, hiring_manager_id, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(title, track, level, office, managerId, actorId).query(Long.class).single();
    }

    Optional<Job> byId(long id) {
        return jdbc.sql(SELECT + " where j.id = ?").param(id).query(Jobs::map).optional().map(j -> named(List.of(j)).getFirst());
    }

    List<Job> all() {
        return named(jdbc.sql(SELECT + " order by j.created_at desc, j.id desc").query(Jobs::map).list());
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

    private List<Job> named(List<Job> jobs) {
        Map<Long, String> names = users.names(jobs.stream().map(Job::hiringManagerId).filter(Objects::nonNull).toList());
        return jobs.stream().map(j -> j.hiringManagerId() == null ? j : new Job(j.id(), j.title(), j.track(), j.level(),
                j.office(), j.hiringManagerId(), names.get(j.hiringManagerId()), j.status(), j.createdAt(), j.createdBy())).toList();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Job map(ResultSet rs, int row) throws SQLException {
        long manager = rs.getLong("hiring_manager_id");
        return new Job(rs.getLong("id"), rs.getString("title"), rs.getString("track"), rs.getString("level"),
                rs.getString("office"), rs.wasNull() ? null : manager, null, rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), nullableLong(rs, "created_by"));
    }
}
