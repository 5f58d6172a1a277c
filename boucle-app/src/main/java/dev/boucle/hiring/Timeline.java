package dev.boucle.hiring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only application_events table (a trigger refuses updates). */
@Repository
class Timeline {

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(TimelineEntry e) {
        Loop.Position from = e.from();
        Loop.Position to = e.to();
        jdbc.sql("""
                insert into application_events (application_id, type, at, actor_id, actor_name,
                  from_stage, to_stage, from_status, to_status, reason, round_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.applicationId(), e.type().name(), Timestamp.from(e.at()), e.actorId(), e.actorName(),
                        from == null ? null : from.stage().name(), to == null ? null : to.stage().name(),
                        from == null ? null : from.status().name(), to == null ? null : to.status().name(), e.reason(),
                        e.roundId())
                .update();
    }

    List<TimelineEvent> of(long applicationId) {
        return jdbc.sql("""
                select id, type, at, actor_id, actor_name, from_stage, to_stage, from_status, to_status, reason, round_id
                from application_events where application_id = ? order by id""")
                .param(applicationId).query(Timeline::map).list();
    }

    static TimelineEvent map(ResultSet rs, int n) throws SQLException {
        long actor = rs.getLong("actor_id");
        boolean noActor = rs.wasNull();
        long round = rs.getLong("round_id");
        boolean noRound = rs.wasNull();
        return new TimelineEvent(rs.getLong("id"), EventType.valueOf(rs.getString("type")), rs.getTimestamp("at").toInstant(),
                noActor ? null : actor, rs.getString("actor_name"), rs.getString("from_stage"), rs.getString("to_stage"),
                rs.getString("from_status"), rs.getString("to_status"), rs.getString("reason"), noRound ? null : round);
    }
}
