package dev.boucle.interviews;

import dev.boucle.hiring.Panels;
import dev.boucle.hiring.RoundId;
import dev.boucle.hiring.process.AiPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The interviews table: one row per round, created with the round's defaults the first time it is read. */
@Repository
class Interviews {

    /** A stored plan, before the panel and scorecards are joined in. */
    record Row(long roundId, long applicationId, Instant startsAt, int minutes, Interview.Mode mode, String language,
            AiPolicy aiPolicy, String questionId, Integer questionVersion) {}

    private final JdbcClient jdbc;
    private final Panels panels;

    Interviews(JdbcClient jdbc, Panels panels) {
        this.jdbc = jdbc;
        this.panels = panels;
    }

    List<Row> of(long applicationId) {
        return jdbc.sql(SELECT + " where application_id = ? order by round_id").param(applicationId).query(Interviews::map).list();
    }

    Optional<Row> byId(long roundId) {
        ensure(roundId);
        return jdbc.sql(SELECT + " where round_id = ?").param(roundId).query(Interviews::map).optional();
    }

    Optional<Row> lock(long roundId) {
        ensure(roundId);
        return jdbc.sql(SELECT + " where round_id = ? for update").param(roundId).query(Interviews::map).optional();
    }

    /** A round that was never planned or listed still has its interview, with the round's defaults (asked of hiring). */
    private void ensure(long roundId) {
        if (jdbc.sql("select exists(select 1 from interviews where round_id = ?)").param(roundId).query(Boolean.class).single()) return;
        panels.round(new RoundId(roundId)).ifPresent(round -> jdbc.sql("""
                insert into interviews (round_id, application_id, minutes, ai_policy) values (?, ?, ?, ?)
                on conflict (round_id) do nothing""")
                .params(round.id(), round.applicationId(), round.minutes(), round.aiPolicy().name()).update());
    }

    void update(Row row, long actorId) {
        jdbc.sql("""
                update interviews set starts_at = ?, minutes = ?, mode = ?, language = ?, ai_policy = ?, question_id = ?,
                  question_version = ?, updated_by = ?, updated_at = now(), reminders_settled = false where round_id = ?""")
                .params(row.startsAt() == null ? null : Timestamp.from(row.startsAt()), row.minutes(), row.mode().name(),
                        row.language(), row.aiPolicy().name(), row.questionId(), row.questionVersion(), actorId, row.roundId())
                .update();
    }

    void saveNotes(long roundId, long userId, String text) {
        jdbc.sql("""
                insert into interview_notes (round_id, user_id, text, updated_at) values (?, ?, ?, now())
                on conflict (round_id, user_id) do update set text = excluded.text, updated_at = excluded.updated_at""")
                .params(roundId, userId, text).update();
    }

    String notes(long roundId, long userId) {
        return jdbc.sql("select text from interview_notes where round_id = ? and user_id = ?").params(roundId, userId)
                .query(String.class).optional().orElse("");
    }

    private static final String SELECT = """
            select round_id, application_id, starts_at, minutes, mode, language, ai_policy, question_id, question_version
            from interviews""";

    static Row map(ResultSet rs, int n) throws SQLException {
        Timestamp start = rs.getTimestamp("starts_at");
        int version = rs.getInt("question_version");
        boolean noVersion = rs.wasNull();
        return new Row(rs.getLong("round_id"), rs.getLong("application_id"), start == null ? null : start.toInstant(),
                rs.getInt("minutes"), Interview.Mode.valueOf(rs.getString("mode")), rs.getString("language"),
                AiPolicy.valueOf(rs.getString("ai_policy")), rs.getString("question_id"), noVersion ? null : version);
    }
}
