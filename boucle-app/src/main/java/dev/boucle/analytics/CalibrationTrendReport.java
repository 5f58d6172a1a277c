package dev.boucle.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration over time, month by month of the scorecards (their submission, UTC): how lenient
 * or severe the panel was on average (the leniency the calibration took out, signed: above zero
 * scores higher than the panel's norm), how far off the norm it was whichever the way (the mean
 * of its absolute value), and how much a candidate's panel agreed, as the mean distance of each
 * score from the panel's mean for that candidate, raw and once calibrated. Falling leniency and
 * spread are a panel converging; calibrated spread well under raw is calibration at work.
 *
 * <p>Scorecards enter when a review packet has been computed for them (the packet is where
 * calibration runs). A month resting on fewer than five candidates is withheld. One query.
 */
@Service
@Transactional(readOnly = true)
class CalibrationTrendReport {

    record Month(YearMonth month, @Nullable Long scorecards, @Nullable Long candidates, @Nullable Double meanLeniency,
            @Nullable Double meanAbsLeniency, @Nullable Double rawSpread, @Nullable Double calibratedSpread, boolean suppressed) {}

    record Trend(List<Month> months, boolean suppressed, int minimumGroup) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            for (Month m : months) {
                rows.add(Arrays.asList(m.month(), m.scorecards(), m.candidates(), m.meanLeniency(), m.meanAbsLeniency(), m.rawSpread(),
                        m.calibratedSpread()));
            }
            return new Table(List.of("month", "scorecards", "candidates", "meanLeniency", "meanAbsLeniency", "rawSpread",
                    "calibratedSpread"), rows);
        }
    }

    private final JdbcClient jdbc;

    CalibrationTrendReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Trend of(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params, "coalesce(s.submitted_at, c.calibrated_at)");
        List<Month> months = new ArrayList<>();
        boolean[] suppressed = {false};
        jdbc.sql("""
                with scored as (
                    select c.application_id, c.raw, c.leniency, c.calibrated,
                           (date_trunc('month', coalesce(s.submitted_at, c.calibrated_at) at time zone 'UTC'))::date as month
                    from analytics_calibrations c
                    join analytics_applications a on a.application_id = c.application_id
                    left join analytics_scorecards s on s.round_id = c.round_id and s.interviewer_id = c.interviewer_id
                    where %s),
                spread as (
                    select month, application_id, leniency,
                           abs(raw - avg(raw) over (partition by application_id)) as raw_off,
                           abs(calibrated - avg(calibrated) over (partition by application_id)) as calibrated_off,
                           count(*) over (partition by application_id) as panel
                    from scored)
                select month, count(*), count(distinct application_id), avg(leniency), avg(abs(leniency)),
                       avg(raw_off) filter (where panel > 1), avg(calibrated_off) filter (where panel > 1)
                from spread group by month order by month""".formatted(where))
                .params(params)
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
                    long candidates = rs.getLong(3);
                    if (!SmallGroups.shown(candidates)) {
                        suppressed[0] = true;
                        months.add(new Month(month, null, null, null, null, null, null, true));
                        return;
                    }
                    months.add(new Month(month, rs.getLong(2), candidates, round(rs.getObject(4)), round(rs.getObject(5)),
                            round(rs.getObject(6)), round(rs.getObject(7)), false));
                });
        return new Trend(months, suppressed[0], SmallGroups.MINIMUM);
    }

    private static @Nullable Double round(@Nullable Object value) {
        return value == null ? null : FunnelReport.round(((Number) value).doubleValue(), 3);
    }
}
