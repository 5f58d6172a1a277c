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
        long total = countOf(where, params);
        jdbc.sql(sql(where))
                .params(params)
                .query((rs, n) -> byStage.put(StageKind.valueOf(rs.getString(1)), new Row(rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), (Double) rs.getObject(5), (Double) rs.getObject(6))))
                .list();
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

    /** The funnel's one aggregate query over the cohort this condition selects (the benchmark explains it). */
    static String sql(String where) {
        return """
                with cohort as (select a.application_id from analytics_applications a where %s)
                select v.stage, count(*) as entered,
                       count(*) filter (where v.outcome in ('ADVANCED', 'HIRED')) as passed,
                       count(v.left_at) as left_count,
                       percentile_cont(0.5) within group (order by extract(epoch from v.left_at - v.entered_at) / 86400.0) as median,
                       percentile_cont(0.9) within group (order by extract(epoch from v.left_at - v.entered_at) / 86400.0) as p90
                from analytics_stage_visits v join cohort c on c.application_id = v.application_id
                group by v.stage""".formatted(where);
    }

    private long countOf(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from analytics_applications a where " + where).params(params).query(Long.class).single();
    }

    static @Nullable Double round(@Nullable Double value, int places) {
        if (value == null) return null;
        return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
