package dev.boucle.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where applications come from and how many of each source were hired. A source with fewer
 * than five applications is merged into one "other" row ({@code source} null, {@code other}
 * true), which is itself withheld when it is still under five.
 */
@Service
@Transactional(readOnly = true)
class SourcesReport {

    record Source(@Nullable String source, boolean other, long applications, @Nullable Long hired, @Nullable Double hireRate) {}

    record Sources(List<Source> sources, boolean merged, boolean suppressed, int minimumGroup) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            for (Source s : sources) rows.add(java.util.Arrays.asList(s.other() ? "other" : s.source(), s.applications(),
                    s.hired(), s.hireRate()));
            return new Table(List.of("source", "applications", "hired", "hireRate"), rows);
        }
    }

    private final JdbcClient jdbc;

    SourcesReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Sources of(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        record Row(@Nullable String source, long applications, long hired) {}
        List<Row> rows = jdbc.sql("""
                select nullif(btrim(a.source), '') as source, count(*), count(*) filter (where a.status = 'HIRED')
                from analytics_applications a where %s
                group by 1 order by 2 desc, 1""".formatted(where))
                .params(params)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
        List<Source> shown = new ArrayList<>();
        long otherApps = 0, otherHired = 0;
        boolean merged = false;
        for (Row r : rows) {
            // No source recorded is its own row only when it is big enough, like any other.
            if (r.applications() >= SmallGroups.MINIMUM && r.source() != null) {
                shown.add(source(r.source(), false, r.applications(), r.hired()));
            } else {
                otherApps += r.applications();
                otherHired += r.hired();
                merged |= r.source() != null;
            }
        }
        boolean suppressed = false;
        if (otherApps >= SmallGroups.MINIMUM) shown.add(source(null, true, otherApps, otherHired));
        else if (otherApps > 0) suppressed = true;
        return new Sources(shown, merged, suppressed, SmallGroups.MINIMUM);
    }

    private static Source source(@Nullable String name, boolean other, long applications, long hired) {
        boolean hiredShown = SmallGroups.shown(hired);
        return new Source(name, other, applications, hiredShown ? hired : null,
                hiredShown ? FunnelReport.round((double) hired / applications, 4) : null);
    }
}
