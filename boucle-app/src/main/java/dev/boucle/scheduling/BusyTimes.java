package dev.boucle.scheduling;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The busy_times table: when each person cannot interview, in UTC, with where that came from. */
@Repository
class BusyTimes {

    private final JdbcClient jdbc;

    BusyTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces everything one source said of a person (an import is a snapshot, not a diff). */
    void replace(long userId, BusySource source, List<TimeSpan> spans) {
        jdbc.sql("delete from busy_times where user_id = ? and source = ?").params(userId, source.name()).update();
        for (TimeSpan s : spans) add(userId, s, source);
    }

    long add(long userId, TimeSpan span, BusySource source) {
        return jdbc.sql("insert into busy_times (user_id, starts_at, ends_at, source) values (?, ?, ?, ?) returning id")
                .params(userId, Timestamp.from(span.start()), Timestamp.from(span.end()), source.name()).query(Long.class).single();
    }

    int remove(long userId, long id) {
        return jdbc.sql("delete from busy_times where id = ? and user_id = ? and source in ('MANUAL', 'DECLINE')").params(id, userId).update();
    }

    List<BusyTime> of(long userId, TimeSpan window) {
        return jdbc.sql("""
                select id, user_id, starts_at, ends_at, source from busy_times
                where user_id = ? and starts_at < ? and ends_at > ? order by starts_at""")
                .params(userId, Timestamp.from(window.end()), Timestamp.from(window.start())).query(BusyTimes::map).list();
    }

    Map<Long, List<TimeSpan>> of(Collection<Long> users, TimeSpan window) {
        if (users.isEmpty()) return Map.of();
        return jdbc.sql("""
                select id, user_id, starts_at, ends_at, source from busy_times
                where user_id in (:users) and starts_at < :end and ends_at > :start order by starts_at""")
                .param("users", users).param("end", Timestamp.from(window.end())).param("start", Timestamp.from(window.start()))
                .query(BusyTimes::map).list().stream()
                .collect(Collectors.groupingBy(BusyTime::userId, Collectors.mapping(BusyTime::span, Collectors.toList())));
    }

    private static BusyTime map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BusyTime(rs.getLong(1), rs.getLong(2), new TimeSpan(rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()),
                BusySource.valueOf(rs.getString(5)));
    }
}
