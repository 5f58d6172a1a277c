package dev.boucle.analytics;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time to hire (applied to hired, median and 90th percentile in days) and the process's target
 * (5 to 8 weeks in the shipped process): of the open applications, the share past the first
 * bound (at risk) and past the second (overdue), counted in UTC days as the board counts them.
 */
@Service
@Transactional(readOnly = true)
class HealthReport {

    record Health(@Nullable Long hired, @Nullable Double medianDays, @Nullable Double p90Days, @Nullable Long open,
            @Nullable Long atRisk, @Nullable Long overdue, @Nullable Double atRiskShare, @Nullable Double overdueShare,
            int atRiskWeeks, int overdueWeeks, boolean suppressed, int minimumGroup) {

        Table table() {
            return new Table(List.of("hired", "medianDays", "p90Days", "open", "atRisk", "overdue", "atRiskShare",
                    "overdueShare", "atRiskWeeks", "overdueWeeks"),
                    List.of(java.util.Arrays.asList(hired, medianDays, p90Days, open, atRisk, overdue, atRiskShare,
                            overdueShare, atRiskWeeks, overdueWeeks)));
        }
    }

    private final JdbcClient jdbc;
    private final ProcessCatalog catalog;
    private final Clock clock;

    HealthReport(JdbcClient jdbc, ProcessCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    Health of(Filter filter) {
        HiringProcess process = catalog.current();
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        params.put("today", Date.valueOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        params.put("riskDays", process.atRiskWeeks() * 7);
        params.put("overdueDays", process.overdueWeeks() * 7);
        record Row(long total, long hired, @Nullable Double median, @Nullable Double p90, long open, long atRisk, long overdue) {}
        Row r = jdbc.sql("""
                select count(*),
                       count(*) filter (where a.status = 'HIRED'),
                       extract(epoch from percentile_cont(0.5) within group (order by a.closed_at - a.applied_at)
                           filter (where a.status = 'HIRED')) / 86400,
                       extract(epoch from percentile_cont(0.9) within group (order by a.closed_at - a.applied_at)
                           filter (where a.status = 'HIRED')) / 86400,
                       count(*) filter (where a.status in ('ACTIVE', 'ON_HOLD')),
                       count(*) filter (where a.status in ('ACTIVE', 'ON_HOLD')
                           and :today - (a.applied_at at time zone 'UTC')::date >= :riskDays
                           and :today - (a.applied_at at time zone 'UTC')::date < :overdueDays),
                       count(*) filter (where a.status in ('ACTIVE', 'ON_HOLD')
                           and :today - (a.applied_at at time zone 'UTC')::date >= :overdueDays)
                from analytics_applications a where %s""".formatted(where))
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), FunnelReport.number(rs.getObject(3)), FunnelReport.number(rs.getObject(4)),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .single();
        int risk = process.atRiskWeeks(), overdue = process.overdueWeeks();
        if (!SmallGroups.shown(r.total())) {
            return new Health(null, null, null, null, null, null, null, null, risk, overdue, true, SmallGroups.MINIMUM);
        }
        boolean hiredShown = r.hired() == 0 || r.hired() >= SmallGroups.MINIMUM;
        boolean openShown = SmallGroups.shown(r.open());
        boolean riskShown = openShown && SmallGroups.shown(r.atRisk());
        boolean overdueShown = openShown && SmallGroups.shown(r.overdue());
        return new Health(hiredShown ? r.hired() : null,
                hiredShown ? FunnelReport.round(r.median(), 2) : null, hiredShown ? FunnelReport.round(r.p90(), 2) : null,
                openShown ? r.open() : null,
                riskShown ? r.atRisk() : null, overdueShown ? r.overdue() : null,
                riskShown ? share(r.atRisk(), r.open()) : null, overdueShown ? share(r.overdue(), r.open()) : null,
                risk, overdue, !(hiredShown && openShown && riskShown && overdueShown), SmallGroups.MINIMUM);
    }

    private static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : FunnelReport.round((double) part / whole, 4);
    }
}
