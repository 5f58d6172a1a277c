package dev.boucle.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitations table: per round, the UID and SEQUENCE of its calendar event and what it last said. */
@Repository
class Invitations {

    /** What was last sent for a round; a null interviewer or start: the event was cancelled. */
    record Sent(long roundId, long applicationId, String uid, int sequence, Long interviewerId, Long shadowId, Instant start,
            int minutes, long publishedBy) {}

    private static final String SELECT = """
            select round_id, application_id, uid, sequence, interviewer_id, shadow_id, starts_at, minutes, published_by
            from invitations
            """; // ends with a new line: what is appended starts a clause of its own
    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Sent> of(long applicationId) {
        return jdbc.sql(SELECT + " where application_id = ?").param(applicationId).query(Invitations::map).list().stream()
                .collect(Collectors.toMap(Sent::roundId, Function.identity()));
    }

    /** Live invitations of one person (leading or shadowing) that overlap [from, to). */
    List<Sent> ofPerson(long userId, Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                 where (interviewer_id = :u or shadow_id = :u) and starts_at < :to
                   and starts_at + minutes * interval '1 minute' > :from order by starts_at""")
                .param("u", userId).param("to", Timestamp.from(to)).param("from", Timestamp.from(from)).query(Invitations::map).list();
    }

    void save(Sent s) {
        jdbc.sql("""
                insert into invitations (round_id, application_id, uid, sequence, interviewer_id, shadow_id, starts_at, minutes,
                  published_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (round_id) do update set sequence = excluded.sequence, interviewer_id = excluded.interviewer_id,
                  shadow_id = excluded.shadow_id, starts_at = excluded.starts_at, minutes = excluded.minutes,
                  published_by = excluded.published_by, updated_at = excluded.updated_at""")
                .params(s.roundId(), s.applicationId(), s.uid(), s.sequence(), s.interviewerId(), s.shadowId(),
                        s.start() == null ? null : Timestamp.from(s.start()), s.minutes(), s.publishedBy()).update();
    }

    private static Sent map(ResultSet rs, int n) throws SQLException {
        Timestamp start = rs.getTimestamp("starts_at");
        long lead = rs.getLong("interviewer_id");
        Long interviewer = rs.wasNull() ? null : lead;
        long trainee = rs.getLong("shadow_id");
        Long shadow = rs.wasNull() ? null : trainee;
        return new Sent(rs.getLong("round_id"), rs.getLong("application_id"), rs.getString("uid"), rs.getInt("sequence"),
                interviewer, shadow, start == null ? null : start.toInstant(), rs.getInt("minutes"), rs.getLong("published_by"));
    }
}
