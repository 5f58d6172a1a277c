package dev.boucle.hiring;

import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.hiring.process.RoundTemplate;
import dev.boucle.hiring.process.StageKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rounds of each application, created from the track's template when a stage is entered. */
@Repository
class Rounds {

    private static final String SELECT = """
            select r.id, r.application_id, r.stage, r.position, r.round_type, r.minutes, r.ai_policy, r.interviewer_id,
                   i.name as interviewer, r.status, b.name as resolver, r.resolved_at, r.note
            from rounds r left join users i on i.id = r.interviewer_id left join users b on b.id = r.resolved_by""";
    private final JdbcClient jdbc;

    Rounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void plan(long applicationId, StageKind stage, List<RoundTemplate> templates) {
        for (int i = 0; i < templates.size(); i++) {
            RoundTemplate t = templates.get(i);
            jdbc.sql("""
                    insert into rounds (application_id, stage, position, round_type, minutes, ai_policy)
                    values (?, ?, ?, ?, ?, ?) on conflict (application_id, stage, position) do nothing""")
                    .params(applicationId, stage.name(), i + 1, t.type(), t.minutes(), t.aiPolicy().name()).update();
        }
    }

    int openIn(long applicationId, StageKind stage) {
        return jdbc.sql("select count(*) from rounds where application_id = ? and stage = ? and status = 'OPEN'")
                .params(applicationId, stage.name()).query(Integer.class).single();
    }

    List<Round> of(long applicationId) {
        return jdbc.sql(SELECT + " where r.application_id = ? order by r.id").param(applicationId).query(Rounds::map).list();
    }

    Optional<Round> byId(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(Rounds::map).optional();
    }

    void assign(long roundId, long interviewerId) {
        assignPanel(roundId, List.of(interviewerId));
    }

    /** Replaces the panel; the first member is the lead shown in lists. */
    void assignPanel(long roundId, List<Long> panel) {
        jdbc.sql("delete from round_panel where round_id = ?").param(roundId).update();
        for (long user : panel) {
            jdbc.sql("insert into round_panel (round_id, user_id) values (?, ?) on conflict do nothing").params(roundId, user).update();
        }
        jdbc.sql("update rounds set interviewer_id = ? where id = ?").params(panel.isEmpty() ? null : panel.getFirst(), roundId).update();
    }

    List<Long> panel(long roundId) {
        return jdbc.sql("select user_id from round_panel where round_id = ? order by user_id").param(roundId).query(Long.class).list();
    }

    /** Adds rounds after the template's (a "more data" decision); positions continue the stage's. */
    void add(long applicationId, StageKind stage, List<RoundTemplate> templates) {
        int last = jdbc.sql("select coalesce(max(position), 0) from rounds where application_id = ? and stage = ?")
                .params(applicationId, stage.name()).query(Integer.class).single();
        for (int i = 0; i < templates.size(); i++) {
            RoundTemplate t = templates.get(i);
            jdbc.sql("insert into rounds (application_id, stage, position, round_type, minutes, ai_policy) values (?, ?, ?, ?, ?, ?)")
                    .params(applicationId, stage.name(), last + i + 1, t.type(), t.minutes(), t.aiPolicy().name()).update();
        }
    }

    void resolve(long roundId, Round.Status status, long actorId, Instant at, String note) {
        jdbc.sql("update rounds set status = ?, resolved_by = ?, resolved_at = ?, note = ? where id = ? and status = 'OPEN'")
                .params(status.name(), actorId, Timestamp.from(at), note, roundId).update();
    }

    static Round map(ResultSet rs, int n) throws SQLException {
        long interviewer = rs.getLong("interviewer_id");
        boolean noInterviewer = rs.wasNull();
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Round(rs.getLong("id"), rs.getLong("application_id"), StageKind.valueOf(rs.getString("stage")),
                rs.getInt("position"), rs.getString("round_type"), rs.getInt("minutes"),
                AiPolicy.valueOf(rs.getString("ai_policy")), noInterviewer ? null : interviewer, rs.getString("interviewer"),
                Round.Status.valueOf(rs.getString("status")), rs.getString("resolver"),
                resolved == null ? null : resolved.toInstant(), rs.getString("note"));
    }
}
