package dev.boucle.analytics;

import dev.boucle.platform.DataSubject;
import dev.boucle.platform.ErasingCandidate;
import dev.boucle.platform.PersonalDataSection;
import dev.boucle.platform.Rows;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What analytics holds on a candidate: for each of their applications its cuts (the source they
 * gave among them) and its stage visits. Erasure clears the source, the one value the candidate
 * gave; the dates and stages stay, so the team's past counts do not change, and say nothing about
 * a person once hiring has erased the application's candidate.
 */
@Component
class AnalyticsPersonalData implements PersonalDataSection {

    record Section(List<Map<String, Object>> applications, List<Map<String, Object>> stageVisits) {}

    private final JdbcClient jdbc;

    AnalyticsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "analytics";
    }

    @Override
    public Object export(DataSubject subject) {
        Long[] apps = subject.applicationIds().toArray(Long[]::new);
        return new Section(
                jdbc.sql("""
                        select application_id, job_id, track, office, level, source, applied_at, stage, status, closed_at
                        from analytics_applications where application_id = any(?) order by application_id""")
                        .param(apps).query((rs, n) -> Rows.of(rs)).list(),
                jdbc.sql("""
                        select application_id, stage, entered_at, left_at, outcome from analytics_stage_visits
                        where application_id = any(?) order by application_id, entered_at""")
                        .param(apps).query((rs, n) -> Rows.of(rs)).list());
    }

    @EventListener
    void erase(ErasingCandidate event) {
        Long[] apps = event.subject().applicationIds().toArray(Long[]::new);
        // A late first event copies the source from hiring, which has erased it in the same transaction.
        jdbc.sql("update analytics_applications set source = null where application_id = any(?)")
                .param(apps).update();
    }
}
