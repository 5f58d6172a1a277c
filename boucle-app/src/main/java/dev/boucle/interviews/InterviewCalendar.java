package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.RoundId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interviews read API for scheduling: which interviews have a time in a window, planned by
 * hand or published from a schedule. Scheduling joins the panels (from hiring) itself.
 */
@Service
@Transactional(readOnly = true)
public class InterviewCalendar {

    private final JdbcClient jdbc;

    InterviewCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Interviews overlapping [start, end), by start time. */
    public List<PlannedInterview> between(Instant start, Instant end) {
        return jdbc.sql("""
                select round_id, application_id, starts_at, starts_at + minutes * interval '1 minute' from interviews
                where starts_at is not null and starts_at < ? and starts_at + minutes * interval '1 minute' > ?
                order by starts_at, round_id""")
                .params(Timestamp.from(end), Timestamp.from(start))
                .query((rs, n) -> new PlannedInterview(new RoundId(rs.getLong(1)), new ApplicationId(rs.getLong(2)), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
