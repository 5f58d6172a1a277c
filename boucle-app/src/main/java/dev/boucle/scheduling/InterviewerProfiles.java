package dev.boucle.scheduling;

import dev.boucle.people.Person;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The interviewer_profiles table. Names, addresses, roles and whether the person is still
 * active come from the people module in one lookup per read, which also gives the order by name.
 */
@Repository
class InterviewerProfiles {

    private static final String SELECT = """
            select p.user_id, p.office, p.zone, p.languages, p.round_types, p.work_start, p.work_end,
                   p.max_per_week, p.trainee, p.feed_url, p.feed_checked_at, p.feed_error
            from interviewer_profiles p""";
    private final JdbcClient jdbc;
    private final Users users;

    InterviewerProfiles(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    Optional<InterviewerProfile> of(long userId) {
        return named(jdbc.sql(SELECT + " where p.user_id = ?").param(userId).query(InterviewerProfiles::map).list(), p -> true)
                .stream().findFirst();
    }

    /** Profiles of active users who may sit on a panel, by name. */
    List<InterviewerProfile> active() {
        return named(jdbc.sql(SELECT).query(InterviewerProfiles::map).list(), p -> p.active() && p.in(Team.PANELISTS));
    }

    List<InterviewerProfile> inOffice(String office) {
        return named(jdbc.sql(SELECT + " where p.office = ?").param(office).query(InterviewerProfiles::map).list(), Person::active);
    }

    /** The profiles whose person passes {@code keep}, with their name and address, in the people module's order by name. */
    private List<InterviewerProfile> named(List<InterviewerProfile> rows, Predicate<Person> keep) {
        Map<Long, InterviewerProfile> byUser = rows.stream().collect(Collectors.toMap(InterviewerProfile::userId, p -> p));
        return users.people(byUser.keySet()).stream().filter(keep).map(person -> {
            InterviewerProfile p = byUser.get(person.id());
            return new InterviewerProfile(p.userId(), person.name(), person.email(), p.office(), p.zone(), p.languages(),
                    p.roundTypes(), p.workStart(), p.workEnd(), p.maxPerWeek(), p.trainee(), p.configured(), p.feed(),
                    p.feedCheckedAt(), p.feedError());
        }).toList();
    }

    void save(InterviewerProfile p, long actorId) {
        jdbc.sql("""
                insert into interviewer_profiles (user_id, office, zone, languages, round_types, work_start, work_end,
                  max_per_week, trainee, updated_by, updated_at)
                values (:user, :office, :zone, :languages::text[], :types::text[], :start, :end, :max, :trainee, :actor, now())
                on conflict (user_id) do update set office = excluded.office, zone = excluded.zone,
                  languages = excluded.languages, round_types = excluded.round_types, work_start = excluded.work_start,
                  work_end = excluded.work_end, max_per_week = excluded.max_per_week, trainee = excluded.trainee,
                  updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("user", p.userId()).param("office", p.office()).param("zone", p.zone().getId())
                .param("languages", array(p.languages())).param("types", array(p.roundTypes()))
                .param("start", Time.valueOf(p.workStart())).param("end", Time.valueOf(p.workEnd()))
                .param("max", p.maxPerWeek()).param("trainee", p.trainee()).param("actor", actorId).update();
    }

    void setFeed(long userId, String url) {
        jdbc.sql("update interviewer_profiles set feed_url = ?, feed_checked_at = null, feed_error = null where user_id = ?")
                .params(url, userId).update();
    }

    String feedUrl(long userId) {
        return jdbc.sql("select feed_url from interviewer_profiles where user_id = ?").param(userId).query(String.class)
                .optional().orElse(null);
    }

    record Feed(long userId, String url, ZoneId zone) {}

    /** Feeds not read for {@code minutes}, oldest first. */
    List<Feed> feedsDue(int minutes, int limit) {
        return jdbc.sql("""
                select user_id, feed_url, zone from interviewer_profiles
                where feed_url is not null and (feed_checked_at is null or feed_checked_at < now() - ? * interval '1 minute')
                order by feed_checked_at nulls first limit ?""")
                .params(minutes, limit).query((rs, n) -> new Feed(rs.getLong(1), rs.getString(2), ZoneId.of(rs.getString(3)))).list();
    }

    void feedChecked(long userId, String error) {
        jdbc.sql("update interviewer_profiles set feed_checked_at = now(), feed_error = ? where user_id = ?").params(error, userId).update();
    }

    private static String array(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static InterviewerProfile map(ResultSet rs, int n) throws SQLException {
        Timestamp checked = rs.getTimestamp("feed_checked_at");
        return new InterviewerProfile(rs.getLong("user_id"), "", "", rs.getString("office"),
                ZoneId.of(rs.getString("zone")), set(rs.getArray("languages")), set(rs.getArray("round_types")),
                rs.getObject("work_start", LocalTime.class), rs.getObject("work_end", LocalTime.class), rs.getInt("max_per_week"),
                rs.getBoolean("trainee"), true, FeedAddress.shown(rs.getString("feed_url")),
                checked == null ? null : checked.toInstant(), rs.getString("feed_error"));
    }

    private static Set<String> set(Array array) throws SQLException {
        return new TreeSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
