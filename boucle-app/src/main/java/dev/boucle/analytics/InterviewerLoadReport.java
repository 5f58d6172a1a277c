package dev.boucle.analytics;

import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import dev.boucle.scheduling.WeeklyCaps;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews per interviewer per week (Monday to Sunday, UTC) against the weekly cap of their
 * scheduling profile, over the filter's date range, or by default the four weeks before this one
 * to the three after it, so the weeks being booked are in view. One query over the planned
 * rounds of the filtered applications, one batch for the caps and one for the names.
 *
 * <p>This report is about the staff's calendars, which the recruiting team already sees week by
 * week in scheduling; it counts interviews, never candidates, so the small-group floor does not
 * apply. It is the recruiting team's alone (see the API): a hiring manager scoped to their own
 * jobs would see a part of someone's week and take it for the whole.
 */
@Service
@Transactional(readOnly = true)
class InterviewerLoadReport {

    static final int MAX_WEEKS = 26;

    record Interviewer(long interviewerId, String name, @Nullable Integer cap, List<Long> interviews, long total, long peak,
            int weeksOverCap) {}

    record Load(List<LocalDate> weeks, List<Interviewer> interviewers) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            for (Interviewer i : interviewers) {
                for (int w = 0; w < weeks.size(); w++) {
                    long n = i.interviews().get(w);
                    rows.add(Arrays.asList(i.interviewerId(), i.name(), weeks.get(w), n, i.cap(), i.cap() != null && n > i.cap()));
                }
            }
            return new Table(List.of("interviewerId", "interviewer", "week", "interviews", "cap", "overCap"), rows);
        }
    }

    private final JdbcClient jdbc;
    private final WeeklyCaps caps;
    private final Users users;
    private final Clock clock;

    InterviewerLoadReport(JdbcClient jdbc, WeeklyCaps caps, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.caps = caps;
        this.users = users;
        this.clock = clock;
    }

    Load of(Filter requested) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = (requested.from() != null ? requested.from() : today.minusWeeks(4))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = (requested.to() != null ? requested.to() : today.plusWeeks(3))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        int count = (int) (ChronoUnit.WEEKS.between(first, last.plusDays(1)));
        if (count > MAX_WEEKS) throw new BadInput(Map.of("to", "analytics.filter.load-range"), "analytics.filter.load-range");
        List<LocalDate> weeks = new ArrayList<>();
        for (int w = 0; w < count; w++) weeks.add(first.plusWeeks(w));
        Filter filter = new Filter(requested.jobId(), requested.track(), requested.office(), requested.level(),
                requested.source(), first, last, requested.jobs());
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params, "i.start_at");
        Map<Long, long[]> byInterviewer = new LinkedHashMap<>();
        jdbc.sql("""
                select p.interviewer, (date_trunc('week', i.start_at at time zone 'UTC'))::date, count(*)
                from analytics_interviews i join analytics_applications a on a.application_id = i.application_id
                cross join lateral unnest(i.interviewers) as p(interviewer)
                where i.start_at is not null and %s
                group by 1, 2""".formatted(where))
                .params(params)
                .query(rs -> {
                    int w = (int) ChronoUnit.WEEKS.between(first, rs.getObject(2, LocalDate.class));
                    if (w >= 0 && w < count) byInterviewer.computeIfAbsent(rs.getLong(1), k -> new long[count])[w] = rs.getLong(3);
                });
        Map<Long, Integer> capOf = caps.of(byInterviewer.keySet());
        Map<Long, String> names = users.names(byInterviewer.keySet());
        List<Interviewer> rows = new ArrayList<>();
        byInterviewer.forEach((id, counts) -> {
            Integer cap = capOf.get(id);
            long total = Arrays.stream(counts).sum(), peak = Arrays.stream(counts).max().orElse(0);
            int over = cap == null ? 0 : (int) Arrays.stream(counts).filter(n -> n > cap).count();
            rows.add(new Interviewer(id, names.getOrDefault(id, "#" + id), cap, Arrays.stream(counts).boxed().toList(), total, peak, over));
        });
        rows.sort(Comparator.comparingInt(Interviewer::weeksOverCap).reversed().thenComparing(Comparator.comparingLong(Interviewer::peak).reversed())
                .thenComparing(Interviewer::name));
        return new Load(weeks, rows);
    }

}
