package dev.boucle.hiring;

import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.hiring.process.RoundTemplate;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.Users;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rounds of each application, created from the track's template when a stage is entered. */
@Repository
class Rounds {

    private static final String SELECT = """
            select r.id, r.application_id, r.stage, r.position, r.round_type, r.minutes, r.ai_policy, r.interviewer_id,
                   r.status, r.resolved_by, r.resolved_at, r.note
            from rounds r""";
    private final JdbcClient jdbc;
    private final Users users;

    Rounds(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
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
        return named(jdbc.sql(SELECT + " where r.application_id = ? order by r.id").param(applicationId).query(Rounds::map).list());
    }

    Optional<Round> byId(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(Rounds::map).optional().map(r -> named(List.of(r)).getFirst());
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

    /** A row before the people module names the lead interviewer and the person who resolved it. */
    private record Row(Round round, @Nullable Long resolvedBy) {}

    private List<Round> named(List<Row> rows) {
        Set<Long> ids = new HashSet<>();
        for (Row row : rows) {
            if (row.round().interviewerId() != null) ids.add(row.round().interviewerId());
            if (row.resolvedBy() != null) ids.add(row.resolvedBy());
        }
        Map<Long, String> names = users.names(ids);
        return rows.stream().map(row -> {
            Round r = row.round();
            return new Round(r.id(), r.applicationId(), r.stage(), r.position(), r.type(), r.minutes(), r.aiPolicy(),
                    r.interviewerId(), r.interviewerId() == null ? null : names.get(r.interviewerId()), r.status(),
                    row.resolvedBy() == null ? null : names.get(row.resolvedBy()), r.resolvedAt(), r.note());
        }).toList();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        long interviewer = rs.getLong("interviewer_id");
        boolean noInterviewer = rs.wasNull();
        long resolver = rs.getLong("resolved_by");
        boolean noResolver = rs.wasNull();
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Row(new Round(rs.getLong("id"), rs.getLong("application_id"), StageKind.valueOf(rs.getString("stage")),
                rs.getInt("position"), rs.getString("round_type"), rs.getInt("minutes"),
                AiPolicy.valueOf(rs.getString("ai_policy")), noInterviewer ? null : interviewer, null,
                Round.Status.valueOf(rs.getString("status")), null, resolved == null ? null : resolved.toInstant(),
                rs.getString("note")), noResolver ? null : resolver);
    }
}
