package dev.boucle.interviews;

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
 * What interviews hold on a candidate: the interviews, panel notes, scorecards, stage closures,
 * committee votes and decisions. Erasure deletes the notes and blanks every text written about the
 * person; the ratings, recommendations and decisions stay, unattached, for calibration's history.
 */
@Component
class InterviewsPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    InterviewsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "interviews";
    }

    @Override
    public Object export(DataSubject subject) {
        Long[] apps = subject.applicationIds().toArray(Long[]::new);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interviews", rows("""
                select round_id, application_id, starts_at, minutes, mode, language, ai_policy, question_id from interviews
                 where application_id = any(?) order by starts_at nulls last, round_id""", apps));
        out.put("notes", rows("""
                select n.round_id, n.user_id, n.text, n.updated_at from interview_notes n join interviews i on i.round_id = n.round_id
                 where i.application_id = any(?) order by n.round_id, n.user_id""", apps));
        out.put("scorecards", rows("""
                select id, round_id, application_id, interviewer_id, version, ratings, evidence, recommendation, summary,
                       amendment_reason, submitted_at from scorecards where application_id = any(?) order by id""", apps));
        out.put("stageClosures", rows("""
                select application_id, stage, closed_by, closed_at, reason from stage_closures where application_id = any(?)
                 order by closed_at""", apps));
        out.put("committeeVotes", rows("""
                select application_id, voter_id, vote, rationale, cast_at from committee_votes where application_id = any(?)
                 order by id""", apps));
        out.put("decisions", rows("""
                select application_id, decision, level, rationale, decided_by, decided_at from decisions where application_id = any(?)
                 order by id""", apps));
        return out;
    }

    @EventListener
    void erase(ErasingCandidate event) {
        Long[] apps = event.subject().applicationIds().toArray(Long[]::new);
        if (apps.length == 0) return;
        jdbc.sql("delete from interview_notes where round_id in (select round_id from interviews where application_id = any(?))")
                .param(apps).update();
        jdbc.sql("update scorecards set evidence = '{}', summary = null, amendment_reason = null where application_id = any(?)")
                .param(apps).update();
        jdbc.sql("update stage_closures set reason = '' where application_id = any(?)").param(apps).update();
        jdbc.sql("update committee_votes set rationale = '' where application_id = any(?)").param(apps).update();
        jdbc.sql("update decisions set rationale = '' where application_id = any(?)").param(apps).update();
    }

    private List<Map<String, Object>> rows(String sql, Long[] apps) {
        return jdbc.sql(sql).param(apps).query((rs, n) -> Rows.of(rs)).list();
    }
}
