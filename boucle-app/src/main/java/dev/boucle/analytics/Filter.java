package dev.boucle.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which applications a report counts: applied within [from, to] (UTC days, both included), cut
 * by job, track, office, level and source. {@code jobs} is the caller's scope: null for
 * everyone's, else the only jobs they may see (a hiring manager's own).
 */
record Filter(@Nullable Long jobId, @Nullable String track, @Nullable String office, @Nullable String level,
        @Nullable String source, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable List<Long> jobs) {

    static final Filter EVERYTHING = new Filter(null, null, null, null, null, null, null, null);

    /** The condition on analytics_applications {@code a}, with its named parameters. */
    String where(Map<String, Object> params) {
        return where(params, "a.applied_at");
    }

    /**
     * The same cuts, with the date range on another moment than the application's: the panel's
     * reports count interviews, scorecards and submissions by when they happened.
     */
    String where(Map<String, Object> params, String moment) {
        StringBuilder sql = new StringBuilder("a.enriched");
        if (jobId != null) { sql.append(" and a.job_id = :jobId"); params.put("jobId", jobId); }
        if (jobs != null) { sql.append(" and a.job_id = any(:jobs)"); params.put("jobs", jobs.toArray(Long[]::new)); }
        if (track != null) { sql.append(" and a.track = :track"); params.put("track", track); }
        if (office != null) { sql.append(" and a.office = :office"); params.put("office", office); }
        if (level != null) { sql.append(" and a.level = :level"); params.put("level", level); }
        if (source != null) { sql.append(" and a.source = :source"); params.put("source", source); }
        if (from != null) {
            sql.append(" and ").append(moment).append(" >= :from");
            params.put("from", java.sql.Timestamp.from(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
        if (to != null) {
            sql.append(" and ").append(moment).append(" < :to");
            params.put("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
        return sql.toString();
    }

    /** The filter as a query string (without the scope), for links to the same cut. */
    String query() {
        StringBuilder q = new StringBuilder();
        add(q, "jobId", jobId == null ? null : jobId.toString());
        add(q, "track", track);
        add(q, "office", office);
        add(q, "level", level);
        add(q, "source", source);
        add(q, "from", from == null ? null : from.toString());
        add(q, "to", to == null ? null : to.toString());
        return q.toString();
    }

    private static void add(StringBuilder q, String name, @Nullable String value) {
        if (value == null) return;
        q.append(q.isEmpty() ? "?" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
}
