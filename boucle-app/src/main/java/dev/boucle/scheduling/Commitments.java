package dev.boucle.scheduling;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the scheduler must know from the hiring and interviews tables: who is already booked on
 * another interview, and who already met a candidate. Read directly, in one query each, because
 * a solve needs it for every interviewer at once (as the interviews module's reminders do).
 */
@Repository
class Commitments {

    private final JdbcClient jdbc;

    Commitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Booked(long userId, TimeSpan span) {}

    /** Interviews (planned by hand or published) each person sits on in the window, other than {@code except}'s rounds. */
    Map<Long, List<TimeSpan>> booked(Collection<Long> users, TimeSpan window, Collection<Long> except) {
        if (users.isEmpty()) return Map.of();
        return jdbc.sql("""
                select p.user_id, i.starts_at, i.starts_at + i.minutes * interval '1 minute'
                from interviews i join round_panel p on p.round_id = i.round_id join rounds r on r.id = i.round_id
                where p.user_id in (:users) and i.starts_at is not null and r.status <> 'WAIVED'
                  and i.starts_at < :end and i.starts_at + i.minutes * interval '1 minute' > :start
                  and not (i.round_id = any(:except))""")
                .param("users", users).param("end", Timestamp.from(window.end())).param("start", Timestamp.from(window.start()))
                .param("except", except.toArray(Long[]::new))
                .query((rs, n) -> new Booked(rs.getLong(1), new TimeSpan(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant())))
                .list().stream().collect(Collectors.groupingBy(Booked::userId, Collectors.mapping(Booked::span, Collectors.toList())));
    }

    /** Everyone on the panel of another round of this candidate, in any application: they have met them. */
    List<Long> metCandidate(long candidateId, Collection<Long> except) {
        return jdbc.sql("""
                select distinct p.user_id from rounds r join applications a on a.id = r.application_id
                join round_panel p on p.round_id = r.id
                where a.candidate_id = ? and r.status <> 'WAIVED' and not (r.id = any(?))""")
                .params(candidateId, except.toArray(Long[]::new)).query(Long.class).list();
    }

    /**
     * An interview in someone's week, with what the week view shows of it; {@code invited}: the
     * published invitation names this person (as lead or shadow), so they may decline it.
     */
    record Booking(long userId, long roundId, long applicationId, String roundType, String candidateName, TimeSpan span, boolean invited) {}

    List<Booking> bookings(Collection<Long> users, TimeSpan window) {
        if (users.isEmpty()) return List.of();
        return jdbc.sql("""
                select p.user_id, i.round_id, i.application_id, r.round_type, c.name, i.starts_at,
                       i.starts_at + i.minutes * interval '1 minute',
                       exists (select 1 from invitations v where v.round_id = i.round_id and v.starts_at is not null
                               and (v.interviewer_id = p.user_id or v.shadow_id = p.user_id))
                from interviews i join round_panel p on p.round_id = i.round_id join rounds r on r.id = i.round_id
                join applications a on a.id = i.application_id join candidates c on c.id = a.candidate_id
                where p.user_id in (:users) and i.starts_at is not null and r.status <> 'WAIVED'
                  and i.starts_at < :end and i.starts_at + i.minutes * interval '1 minute' > :start
                order by i.starts_at""")
                .param("users", users).param("end", Timestamp.from(window.end())).param("start", Timestamp.from(window.start()))
                .query((rs, n) -> new Booking(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        new TimeSpan(rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()), rs.getBoolean(8)))
                .list();
    }
}
