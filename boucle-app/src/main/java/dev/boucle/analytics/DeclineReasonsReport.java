package dev.boucle.analytics;

import dev.boucle.offers.DeclineReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why candidates declined: the declined offers of the filtered applications counted by the reason
 * the recruiter recorded. A reason with at least five declines is its own row; the reasons under
 * five are merged into one row ({@code reason} null, {@code merged} true), withheld when that is
 * still under five. Declines with no reason recorded are their own row ({@code reason} null,
 * {@code merged} false) under the same floor, so a report never names the two people who left
 * for one reason, and how often the field is skipped stays visible.
 */
@Service
@Transactional(readOnly = true)
class DeclineReasonsReport {

    /** One row; {@code declined} null is withheld. */
    record Reason(@Nullable DeclineReason reason, boolean merged, @Nullable Long declined) {}

    record DeclineReasons(List<Reason> reasons, boolean merged, boolean suppressed, int minimumGroup) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            for (Reason r : reasons) {
                String name = r.merged() ? "merged" : r.reason() == null ? "not-recorded" : r.reason().name();
                rows.add(java.util.Arrays.asList(name, r.declined()));
            }
            return new Table(List.of("reason", "declined"), rows);
        }
    }

    private final JdbcClient jdbc;

    DeclineReasonsReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DeclineReasons of(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        record Row(@Nullable DeclineReason reason, long declined) {}
        List<Row> rows = new ArrayList<>(jdbc.sql("""
                select o.decline_reason, count(*)
                from analytics_offers o join analytics_applications a on a.application_id = o.application_id
                where o.outcome = 'DECLINED' and %s
                group by 1""".formatted(where))
                .params(params)
                .query((rs, n) -> new Row(rs.getString(1) == null ? null : DeclineReason.valueOf(rs.getString(1)), rs.getLong(2)))
                .list());
        // Most declines first, then in the set's own order; not recorded after the reasons.
        rows.sort(Comparator.comparingLong(Row::declined).reversed()
                .thenComparing(Row::reason, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Reason> shown = new ArrayList<>();
        long mergedDeclines = 0;
        @Nullable Row notRecorded = null;
        for (Row r : rows) {
            if (r.reason() == null) notRecorded = r;
            else if (r.declined() >= SmallGroups.MINIMUM) shown.add(new Reason(r.reason(), false, r.declined()));
            else mergedDeclines += r.declined();
        }
        boolean suppressed = false;
        if (mergedDeclines > 0) {
            boolean big = SmallGroups.shown(mergedDeclines);
            shown.add(new Reason(null, true, big ? mergedDeclines : null));
            suppressed = !big;
        }
        if (notRecorded != null) {
            boolean big = SmallGroups.shown(notRecorded.declined());
            shown.add(new Reason(null, false, big ? notRecorded.declined() : null));
            suppressed |= !big;
        }
        return new DeclineReasons(shown, mergedDeclines > 0, suppressed, SmallGroups.MINIMUM);
    }
}
