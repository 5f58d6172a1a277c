package dev.boucle.analytics;

import dev.boucle.people.Users;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each interviewer takes to hand in a scorecard: hours from the interview's planned end
 * to their first version (an amendment after the reveal does not count), median and 90th
 * percentile, and the share in by the reminder's deadline. Interviews in the filter's date range
 * by their start; a round never given a time is not counted (it has no end to measure from).
 *
 * <p>Each row rests on one person's scorecards, that is on the candidates they met: an
 * interviewer with fewer than five is merged into "others", withheld in turn when it is under
 * five, and the whole report is withheld when the filter leaves under five. One query.
 */
@Service
@Transactional(readOnly = true)
class ScorecardLatencyReport {

    /** One interviewer, or others merged ({@code interviewerId} null), or everyone ({@code overall}). */
    record Row(@Nullable Long interviewerId, @Nullable String name, @Nullable Long scorecards, @Nullable Double medianHours,
            @Nullable Double p90Hours, @Nullable Double withinDue) {}

    record Latency(double dueHours, List<Row> interviewers, @Nullable Row others, Row overall, boolean suppressed,
            int minimumGroup) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            for (Row r : interviewers) rows.add(line(String.valueOf(r.interviewerId()), r));
            if (others != null) rows.add(line("others", others));
            rows.add(line("all", overall));
            return new Table(List.of("interviewerId", "interviewer", "scorecards", "medianHours", "p90Hours", "withinDue"), rows);
        }

        private static List<Object> line(String id, Row r) {
            return Arrays.asList(id, r.name(), r.scorecards(), r.medianHours(), r.p90Hours(), r.withinDue());
        }
    }

    private final JdbcClient jdbc;
    private final Users users;
    private final Duration due;

    ScorecardLatencyReport(JdbcClient jdbc, Users users, @Value("${boucle.scorecards.reminder-after}") Duration due) {
        this.jdbc = jdbc;
        this.users = users;
        this.due = due;
    }

    static String sql(String where) {
        return """
                with hours as (
                    select s.interviewer_id,
                           greatest(0, extract(epoch from s.submitted_at - i.start_at)::float8 / 3600 - i.minutes / 60.0) as h
                    from analytics_scorecards s
                    join analytics_interviews i on i.round_id = s.round_id
                    join analytics_applications a on a.application_id = s.application_id
                    where i.start_at is not null and %s),
                people as (select interviewer_id, count(*) as n from hours group by interviewer_id)
                select grouping(who) = 1 as everyone, who, count(*),
                       percentile_cont(0.5) within group (order by h), percentile_cont(0.9) within group (order by h),
                       count(*) filter (where h <= :dueHours)
                from (select case when p.n >= :minimum then h.interviewer_id end as who, h.h
                      from hours h join people p on p.interviewer_id = h.interviewer_id) x
                group by grouping sets ((who), ())""".formatted(where);
    }

    Latency of(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params, "i.start_at");
        double dueHours = due.toSeconds() / 3600.0;
        params.put("dueHours", dueHours);
        params.put("minimum", SmallGroups.MINIMUM);
        record Line(boolean everyone, @Nullable Long who, long n, double median, double p90, long inTime) {}
        List<Line> lines = jdbc.sql(sql(where)).params(params)
                .query((rs, k) -> new Line(rs.getBoolean(1), (Long) rs.getObject(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5),
                        rs.getLong(6)))
                .list();
        Line all = lines.stream().filter(Line::everyone).findFirst().orElse(null);
        if (all == null || !SmallGroups.shown(all.n()) || all.n() == 0) {
            Row nobody = new Row(null, null, all == null || all.n() == 0 ? Long.valueOf(0) : null, null, null, null);
            return new Latency(dueHours, List.of(), null, nobody, all != null && all.n() > 0, SmallGroups.MINIMUM);
        }
        List<Line> people = lines.stream().filter(l -> !l.everyone() && l.who() != null).toList();
        Map<Long, String> names = users.names(people.stream().map(Line::who).toList());
        List<Row> rows = new ArrayList<>(people.stream()
                .map(l -> row(l.who(), names.getOrDefault(l.who(), "#" + l.who()), l.n(), l.median(), l.p90(), l.inTime())).toList());
        rows.sort(Comparator.comparing(Row::medianHours, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Row::name));
        Line merged = lines.stream().filter(l -> !l.everyone() && l.who() == null).findFirst().orElse(null);
        Row others = merged == null ? null : SmallGroups.shown(merged.n())
                ? row(null, null, merged.n(), merged.median(), merged.p90(), merged.inTime())
                : new Row(null, null, null, null, null, null);
        return new Latency(dueHours, rows, others, row(null, null, all.n(), all.median(), all.p90(), all.inTime()),
                merged != null && !SmallGroups.shown(merged.n()), SmallGroups.MINIMUM);
    }

    private static Row row(@Nullable Long id, @Nullable String name, long n, double median, double p90, long inTime) {
        return new Row(id, name, n, FunnelReport.round(median, 1), FunnelReport.round(p90, 1),
                FunnelReport.round((double) inTime / n, 4));
    }
}
