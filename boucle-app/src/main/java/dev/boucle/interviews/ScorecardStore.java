package dev.boucle.interviews;

import dev.boucle.hiring.PanelRound;
import dev.boucle.hiring.Panels;
import dev.boucle.hiring.RoundId;
import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.people.Users;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The scorecards table: every version of every scorecard. */
@Repository
class ScorecardStore {

    private static final String SELECT = """
            select s.id, s.round_id, s.application_id, s.interviewer_id, null as interviewer_name, s.version, s.ratings::text, s.evidence::text,
                   s.recommendation, s.summary, s.ai_policy, s.question_id, s.question_version, s.submitted_at,
                   s.amendment_reason
            from scorecards s""";
    private final JdbcClient jdbc;
    private final Users users;
    private final Panels panels;
    private final JsonMapper json = JsonMapper.builder().build();

    ScorecardStore(JdbcClient jdbc, Users users, Panels panels) {
        this.jdbc = jdbc;
        this.users = users;
        this.panels = panels;
    }

    int insert(long roundId, long applicationId, long interviewerId, Map<String, Integer> ratings, Map<String, String> evidence,
            Scorecard.Recommendation recommendation, String summary, AiPolicy policy, String questionId, Integer questionVersion,
            Instant at, String amendmentReason) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from scorecards where round_id = ? and interviewer_id = ?")
                .params(roundId, interviewerId).query(Integer.class).single();
        jdbc.sql("""
                insert into scorecards (round_id, application_id, interviewer_id, version, ratings, evidence, recommendation,
                  summary, ai_policy, question_id, question_version, submitted_at, amendment_reason)
                values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)""")
                .params(roundId, applicationId, interviewerId, version, json.writeValueAsString(ratings),
                        json.writeValueAsString(evidence), recommendation.name(), summary, policy.name(), questionId,
                        questionVersion, Timestamp.from(at), amendmentReason)
                .update();
        return version;
    }

    Set<Long> submitters(long roundId) {
        return Set.copyOf(jdbc.sql("select distinct interviewer_id from scorecards where round_id = ?").param(roundId)
                .query(Long.class).list());
    }

    /** Every version for an application, oldest first. */
    List<Scorecard> ofApplication(long applicationId) {
        List<Scorecard> cards = jdbc.sql(SELECT + " where s.application_id = ? order by s.round_id, s.interviewer_id, s.version")
                .param(applicationId).query(this::map).list();
        Map<Long, String> names = users.names(cards.stream().map(Scorecard::interviewerId).toList());
        return cards.stream().map(c -> c.withInterviewerName(names.get(c.interviewerId()))).toList();
    }

    /** The latest version of every scorecard, with the candidate and round type, for calibration. */
    List<Calibrated.Input> latestForCalibration() {
        record Row(long id, long roundId, long applicationId, long interviewerId, double mean) {}
        List<Row> rows = jdbc.sql("""
                select distinct on (round_id, interviewer_id) id, round_id, application_id, interviewer_id, ratings::text
                from scorecards order by round_id, interviewer_id, version desc""")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        readRatings(rs.getString(5)).values().stream().mapToInt(Integer::intValue).average().orElse(0)))
                .list();
        Map<Long, String> types = new HashMap<>();
        for (PanelRound r : panels.rounds(rows.stream().map(r -> new RoundId(r.roundId())).distinct().toList())) {
            types.put(r.round().value(), r.type());
        }
        return rows.stream().filter(r -> types.containsKey(r.roundId()))
                .map(r -> new Calibrated.Input(r.id(), r.applicationId(), r.interviewerId(), types.get(r.roundId()), r.mean())).toList();
    }

    private Map<String, Integer> readRatings(String text) {
        return json.readValue(text, new TypeReference<Map<String, Integer>>() {});
    }

    private Scorecard map(ResultSet rs, int n) throws SQLException {
        int qv = rs.getInt(13);
        boolean noVersion = rs.wasNull();
        return new Scorecard(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getInt(6),
                readRatings(rs.getString(7)), json.readValue(rs.getString(8), new TypeReference<Map<String, String>>() {}),
                Scorecard.Recommendation.valueOf(rs.getString(9)), rs.getString(10), AiPolicy.valueOf(rs.getString(11)),
                rs.getString(12), noVersion ? null : qv, rs.getTimestamp(14).toInstant(), rs.getString(15));
    }
}
