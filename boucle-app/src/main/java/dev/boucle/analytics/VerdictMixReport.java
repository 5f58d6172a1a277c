package dev.boucle.analytics;

import dev.boucle.judge.verdict.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the judge answered candidates, problem by problem: submissions, the candidates who made
 * them, and how many got each verdict, judged within the filter's date range. It tells a
 * problem that is too hard, or whose time limit catches correct solutions, from one that works.
 *
 * <p>A problem met by fewer than five candidates is merged into one "other problems" row
 * (withheld when that is under five too), and a verdict given fewer than five times is withheld,
 * since a problem, a week and a verdict can point at one person. One query with grouping sets.
 */
@Service
@Transactional(readOnly = true)
class VerdictMixReport {

    /** One problem, or the merged ones ({@code problemId} null); null figures are withheld. */
    record Problem(@Nullable String problemId, @Nullable Long candidates, @Nullable Long submissions,
            Map<Verdict, @Nullable Long> verdicts, @Nullable Double acceptedShare) {}

    record Mix(List<Problem> problems, boolean merged, boolean suppressed, int minimumGroup) {

        Table table() {
            List<String> header = new ArrayList<>(List.of("problemId", "candidates", "submissions"));
            for (Verdict v : Verdict.values()) header.add(v.name());
            header.add("acceptedShare");
            List<List<Object>> rows = new ArrayList<>();
            for (Problem p : problems) {
                List<Object> row = new ArrayList<>(Arrays.asList(p.problemId() == null ? "others" : p.problemId(), p.candidates(),
                        p.submissions()));
                for (Verdict v : Verdict.values()) row.add(p.verdicts().get(v));
                row.add(p.acceptedShare());
                rows.add(row);
            }
            return new Table(header, rows);
        }
    }

    private final JdbcClient jdbc;

    VerdictMixReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Mix of(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params, "v.judged_at");
        params.put("minimum", SmallGroups.MINIMUM);
        record Cell(@Nullable String problem, @Nullable String verdict, long submissions, long candidates) {}
        List<Cell> cells = jdbc.sql("""
                with judged as (
                    select v.problem_id, v.verdict, v.application_id
                    from analytics_verdicts v join analytics_applications a on a.application_id = v.application_id
                    where %s),
                met as (select problem_id, count(distinct application_id) as n from judged group by problem_id)
                select x.who, x.verdict, count(*), count(distinct x.application_id)
                from (select case when m.n >= :minimum then j.problem_id end as who, j.verdict, j.application_id
                      from judged j join met m on m.problem_id = j.problem_id) x
                group by grouping sets ((x.who, x.verdict), (x.who))
                order by x.who nulls last""".formatted(where))
                .params(params)
                .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
        Map<String, Problem> shown = new LinkedHashMap<>();
        Map<String, Map<Verdict, Long>> counts = new HashMap<>();
        for (Cell c : cells) {
            String key = c.problem() == null ? "" : c.problem();
            if (c.verdict() != null) {
                counts.computeIfAbsent(key, k -> new EnumMap<>(Verdict.class)).put(Verdict.valueOf(c.verdict()), c.submissions());
            }
        }
        boolean merged = false, suppressed = false;
        for (Cell c : cells) {
            if (c.verdict() != null) continue;
            String key = c.problem() == null ? "" : c.problem();
            Map<Verdict, @Nullable Long> verdicts = new EnumMap<>(Verdict.class);
            if (c.problem() == null) {
                merged = true;
                if (!SmallGroups.shown(c.candidates())) {
                    suppressed = true;
                    for (Verdict v : Verdict.values()) verdicts.put(v, null);
                    shown.put(key, new Problem(null, null, null, verdicts, null));
                    continue;
                }
            }
            Map<Verdict, Long> mine = counts.getOrDefault(key, Map.of());
            for (Verdict v : Verdict.values()) {
                long n = mine.getOrDefault(v, 0L);
                if (!SmallGroups.shown(n)) suppressed = true;
                verdicts.put(v, SmallGroups.shown(n) ? n : null);
            }
            Long accepted = verdicts.get(Verdict.AC);
            shown.put(key, new Problem(c.problem(), c.candidates(), c.submissions(), verdicts,
                    accepted == null ? null : FunnelReport.round((double) accepted / c.submissions(), 4)));
        }
        return new Mix(List.copyOf(shown.values()), merged, suppressed, SmallGroups.MINIMUM);
    }
}
