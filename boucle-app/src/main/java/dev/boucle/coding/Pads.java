package dev.boucle.coding;

import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.platform.Secrets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pads and their links. The link carries a secret ({@link Secrets}); only its SHA-256 is stored, so the
 * link is shown once when the pad opens, and opening it again makes a new link and kills the old.
 */
@Component
class Pads {

    private final JdbcClient jdbc;

    Pads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens (or reopens with a new link) the round's pad and returns the link's secret. */
    String open(long roundId, String problemId, AiPolicy policy, String language, long by) {
        String token = Secrets.random();
        jdbc.sql("""
                insert into coding_pads (round_id, problem_id, token_hash, ai_policy, language, opened_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (round_id) do update set problem_id = excluded.problem_id, token_hash = excluded.token_hash,
                    ai_policy = excluded.ai_policy, language = excluded.language, opened_by = excluded.opened_by,
                    opened_at = now(), closed_at = null""")
                .params(roundId, problemId, Secrets.sha256(token), policy.name(), language, by).update();
        return token;
    }

    void close(long roundId) {
        jdbc.sql("update coding_pads set closed_at = now() where round_id = ? and closed_at is null").param(roundId).update();
    }

    Optional<Pad> ofRound(long roundId) {
        return jdbc.sql("select * from coding_pads where round_id = ?").param(roundId).query(Pads::row).optional();
    }

    Optional<Pad> byToken(String token) {
        if (token == null || token.length() != 43) return Optional.empty();
        return jdbc.sql("select * from coding_pads where token_hash = ?").param(Secrets.sha256(token)).query(Pads::row).optional();
    }

    private static Pad row(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Pad(rs.getLong("round_id"), rs.getString("problem_id"), AiPolicy.valueOf(rs.getString("ai_policy")),
                rs.getString("language"), rs.getLong("opened_by"), rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }
}
