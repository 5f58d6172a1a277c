package dev.boucle.scheduling;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When the candidate of an application can interview, as the recruiter entered it (stored in UTC, with its zone). */
@Repository
class CandidateAvailability {

    record Slots(ZoneId zone, List<TimeSpan> spans) {}

    private final JdbcClient jdbc;

    CandidateAvailability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Slots of(long applicationId) {
        var rows = jdbc.sql("select starts_at, ends_at, zone from candidate_availability where application_id = ? order by starts_at")
                .param(applicationId).query((rs, n) -> new Object[] {
                        new TimeSpan(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()), rs.getString(3)}).list();
        if (rows.isEmpty()) return new Slots(null, List.of());
        return new Slots(ZoneId.of((String) rows.getFirst()[1]), rows.stream().map(r -> (TimeSpan) r[0]).toList());
    }

    void replace(long applicationId, ZoneId zone, List<TimeSpan> spans) {
        jdbc.sql("delete from candidate_availability where application_id = ?").param(applicationId).update();
        for (TimeSpan s : spans) {
            jdbc.sql("insert into candidate_availability (application_id, starts_at, ends_at, zone) values (?, ?, ?, ?)")
                    .params(applicationId, Timestamp.from(s.start()), Timestamp.from(s.end()), zone.getId()).update();
        }
    }
}
