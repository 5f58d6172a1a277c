package dev.boucle.interviews;

import dev.boucle.hiring.process.AiPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
            select s.id, s.round_id, s.application_id, s.interviewer_id, u.name, s.version, s.ratings::text, s.evidence::text,
                   s.recommendation, s.summary, s.ai_policy, s.question_id, s.question_version, s.submitted_at,
                   s.amendment_reason
            from scorecards s join users u on u.id = s.interviewer_id""";
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ScorecardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql(SELECT + " where s.application_id = ? order by s.round_id, s.interviewer_id, s.version").param(applicationId)
                .query(this::map).list();
    }

    /** The latest version of every scorecard, with the candidate and round type, for calibration. */
    List<Calibrated.Input> latestForCalibration() {
        return jdbc.sql("""
                select distinct on (s.round_id, s.interviewer_id) s.id, s.application_id, s.interviewer_id, r.round_type, s.ratings::text
                from scorecards s join rounds r on r.id = s.round_id join applications a on a.id = s.application_id
                order by s.round_id, s.interviewer_id, s.version desc""")
                .query((rs, n) -> new Calibrated.Input(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        readRatings(rs.getString(5)).values().stream().mapToInt(Integer::intValue).average().orElse(0)))
                .list();
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
