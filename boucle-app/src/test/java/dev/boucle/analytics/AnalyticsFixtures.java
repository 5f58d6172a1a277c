package dev.boucle.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The funnel counted again, directly from hiring's own tables (the applications and their
 * timeline), for the tests to hold the analytics module's facts against. The privacy floor is
 * applied the same way: under five withheld, zero shown.
 */
final class AnalyticsFixtures {

    static final List<String> STAGES = List.of("RECRUITER_SCREEN", "HIRING_MANAGER", "PHONE_SCREEN", "ONSITE_LOOP",
            "FINAL_REVIEW", "OFFER");

    private AnalyticsFixtures() {}

    /** The cohort's condition on applications a, jobs j and candidates c. */
    static String where(Map<String, Object> filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("true");
        filter.forEach((name, value) -> {
            String column = switch (name) {
                case "jobId" -> "a.job_id";
                case "track" -> "j.track";
                case "office" -> "j.office";
                case "level" -> "j.level";
                case "source" -> "c.source";
                default -> throw new IllegalArgumentException(name);
            };
            sql.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        });
        return sql.toString();
    }

    static List<List<Object>> expectedFunnel(JdbcClient jdbc, Map<String, Object> filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long cohort = jdbc.sql("select count(*) from applications a join jobs j on j.id = a.job_id "
                + "join candidates c on c.id = a.candidate_id where " + where).params(params).query(Long.class).single();
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                with cohort as (select a.id from applications a join jobs j on j.id = a.job_id
                                join candidates c on c.id = a.candidate_id where %s),
                stays as (
                    select e.application_id, s.stage,
                           min(e.at) filter (where e.to_stage = s.stage) as entered,
                           min(e.at) filter (where (e.from_stage = s.stage and e.to_stage <> s.stage)
                                              or (e.to_stage = s.stage and e.to_status in ('REJECTED', 'WITHDRAWN', 'HIRED'))) as left_at,
                           coalesce(bool_or((e.from_stage = s.stage and e.to_stage <> s.stage)
                                              or (e.to_stage = s.stage and e.to_status = 'HIRED')), false) as passed
                    from application_events e join cohort on cohort.id = e.application_id
                    cross join unnest(array['RECRUITER_SCREEN', 'HIRING_MANAGER', 'PHONE_SCREEN', 'ONSITE_LOOP',
                                            'FINAL_REVIEW', 'OFFER']) as s(stage)
                    group by e.application_id, s.stage)
                select stage, count(*), count(*) filter (where passed), count(left_at),
                       percentile_cont(0.5) within group (order by extract(epoch from left_at - entered) / 86400.0),
                       percentile_cont(0.9) within group (order by extract(epoch from left_at - entered) / 86400.0)
                from stays where entered is not null group by stage""".formatted(where))
                .params(params)
                .query((rs, n) -> rows.put(rs.getString(1), withheld(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        (Double) rs.getObject(5), (Double) rs.getObject(6))))
                .list();
        List<List<Object>> expected = new ArrayList<>();
        for (String stage : STAGES) {
            if (cohort > 0 && cohort < 5) expected.add(Arrays.asList(stage, null, null, null, null, null));
            else expected.add(rows.getOrDefault(stage, withheld(stage, 0, 0, 0, null, null)));
        }
        return expected;
    }

    private static List<Object> withheld(String stage, long entered, long passed, long left, Double median, Double p90) {
        if (entered > 0 && entered < 5) return Arrays.asList(stage, null, null, null, null, null);
        boolean passedShown = passed == 0 || passed >= 5;
        boolean timeShown = left >= 5;
        return Arrays.asList(stage, entered, passedShown ? passed : null,
                passedShown && entered > 0 ? round((double) passed / entered, 4) : null,
                timeShown ? round(median, 2) : null, timeShown ? round(p90, 2) : null);
    }

    static List<List<Object>> actualFunnel(JsonNode funnel) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode s : funnel.get("stages")) {
            rows.add(Arrays.asList(s.get("stage").asString(), longOrNull(s.path("entered")), longOrNull(s.path("passed")),
                    doubleOrNull(s.path("rate")), doubleOrNull(s.path("medianDays")), doubleOrNull(s.path("p90Days"))));
        }
        return rows;
    }

    static Long longOrNull(JsonNode n) {
        return n.isNumber() ? n.asLong() : null;
    }

    static Double doubleOrNull(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    static Double round(Double value, int places) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
