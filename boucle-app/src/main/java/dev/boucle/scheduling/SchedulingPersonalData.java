package dev.boucle.scheduling;

import dev.boucle.platform.DataSubject;
import dev.boucle.platform.ErasingCandidate;
import dev.boucle.platform.PersonalDataSection;
import dev.boucle.platform.Rows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scheduling's share: the candidate's availability, the plans offered to them and made for them,
 * the invitations sent, and interviewers' declines of their rounds. Erasure deletes availability
 * and offered plans and blanks declines' reasons; the plans themselves name only ids and times.
 */
@Component
class SchedulingPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    SchedulingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "scheduling";
    }

    @Override
    public Object export(DataSubject subject) {
        Long[] apps = subject.applicationIds().toArray(Long[]::new);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("availability", rows("select application_id, starts_at, ends_at, zone from candidate_availability where application_id = any(?)"
                + " order by starts_at", apps));
        out.put("plans", rows("""
                select id, application_id, stage, status, plan, placed, total, created_at, published_at from schedules
                 where application_id = any(?) order by id""", apps));
        out.put("offeredPlans", rows("""
                select application_id, stage, plan, created_at, expires_at, booked_at from offered_plans
                 where application_id = any(?) order by created_at""", apps));
        out.put("invitations", rows("""
                select round_id, application_id, sequence, interviewer_id, shadow_id, starts_at, minutes, updated_at from invitations
                 where application_id = any(?) order by round_id""", apps));
        out.put("declines", jdbc.sql("select round_id, user_id, starts_at, ends_at, reason, created_at from declines where round_id = any(?)")
                .param(subject.roundIds().toArray(Long[]::new)).query((rs, n) -> Rows.of(rs)).list());
        return out;
    }

    @EventListener
    void erase(ErasingCandidate event) {
        Long[] apps = event.subject().applicationIds().toArray(Long[]::new);
        jdbc.sql("delete from candidate_availability where application_id = any(?)").param(apps).update();
        jdbc.sql("delete from offered_plans where application_id = any(?)").param(apps).update();
        jdbc.sql("update declines set reason = null where round_id = any(?)").param(event.subject().roundIds().toArray(Long[]::new)).update();
    }

    private List<Map<String, Object>> rows(String sql, Long[] apps) {
        return jdbc.sql(sql).param(apps).query((rs, n) -> Rows.of(rs)).list();
    }
}
