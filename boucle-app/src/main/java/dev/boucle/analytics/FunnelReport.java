package dev.boucle.analytics;

import dev.boucle.hiring.process.StageKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications per stage and how many passed it (advanced, or hired from the last stage), with
 * the time spent in the stage by those who left it (median and 90th percentile, in days). One
 * query over the visits of the filtered applications.
 */
@Service
@Transactional(readOnly = true)
class FunnelReport {

    /** One stage; null figures are withheld (see {@link SmallGroups}). */
    record Stage(StageKind stage, @Nullable Long entered, @Nullable Long passed, @Nullable Double rate,
            @Nullable Double medianDays, @Nullable Double p90Days, boolean suppressed) {}

    /** The funnel: every stage of the loop in order; all withheld when the filter leaves under five applications. */
    record Funnel(List<Stage> stages, @Nullable Long applications, boolean suppressed, int minimumGroup) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            for (Stage s : stages) rows.add(java.util.Arrays.asList(s.stage().name(), s.entered(), s.passed(), s.rate(),
                    s.medianDays(), s.p90Days()));
            return new Table(List.of("stage", "entered", "passed", "rate", "medianDays", "p90Days"), rows);
        }
    }

    private final JdbcClient jdbc;

    FunnelReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Funnel of(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        record Row(long entered, long passed, long left, @Nullable Double median, @Nullable Double p90) {}
        Map<StageKind, Row> byStage = new HashMap<>();
        long[] cohort = {-1};
        jdbc.sql(sql(where))
                .params(params)
                .query((rs, n) -> {
                    cohort[0] = rs.getLong(7);
                    return byStage.put(StageKind.valueOf(rs.getString(1)), new Row(rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), number(rs.getObject(5)), number(rs.getObject(6))));
                })
                .list();
        // No visit at all: the cohort may still hold applications whose first move is on its way.
        long total = cohort[0] >= 0 ? cohort[0] : countOf(where, params);
        boolean suppressed = !SmallGroups.shown(total);
        List<Stage> stages = new ArrayList<>();
        for (StageKind kind : StageKind.values()) {
            Row r = byStage.getOrDefault(kind, new Row(0, 0, 0, null, null));
            if (suppressed || !SmallGroups.shown(r.entered())) {
                stages.add(new Stage(kind, null, null, null, null, null, true));
                continue;
            }
            boolean passedShown = SmallGroups.shown(r.passed());
            boolean timeShown = r.left() >= SmallGroups.MINIMUM;
            stages.add(new Stage(kind, r.entered(), passedShown ? r.passed() : null,
                    passedShown && r.entered() > 0 ? round((double) r.passed() / r.entered(), 4) : null,
                    timeShown ? round(r.median(), 2) : null, timeShown ? round(r.p90(), 2) : null,
                    !passedShown || !timeShown && r.left() > 0));
        }
        return new Funnel(stages, suppressed ? null : total, suppressed, SmallGroups.MINIMUM);
    }

    /**
     * The funnel's one aggregate query over the cohort this condition selects, with the cohort's
     * size on each row (the benchmark explains it). The percentiles order the intervals
     * themselves and turn the two results into days: ordering by a number of days computed per
     * row sorts PostgreSQL numerics, a third slower at 10,000 applications.
     */
    static String sql(String where) {
        return """
                with cohort as materialized (select a.application_id from analytics_applications a where %s)
                select v.stage, count(*) as entered,
                       count(*) filter (where v.outcome in ('ADVANCED', 'HIRED')) as passed,
                       count(v.left_at) as left_count,
                       extract(epoch from percentile_cont(0.5) within group (order by v.left_at - v.entered_at)) / 86400 as median,
                       extract(epoch from percentile_cont(0.9) within group (order by v.left_at - v.entered_at)) / 86400 as p90,
                       (select count(*) from cohort) as cohort
                from analytics_stage_visits v join cohort c on c.application_id = v.application_id
                group by v.stage""".formatted(where);
    }

    private long countOf(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from analytics_applications a where " + where).params(params).query(Long.class).single();
    }

    static @Nullable Double number(@Nullable Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static @Nullable Double round(@Nullable Double value, int places) {
        if (value == null) return null;
        return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
