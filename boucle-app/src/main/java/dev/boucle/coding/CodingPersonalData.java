package dev.boucle.coding;

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
 * The code a candidate wrote: submissions in their coding rounds and their practice attempts,
 * and the pads opened for them. Erasure blanks the source and the judge's report (which can echo
 * what the program printed) and keeps the verdicts, which the problem's statistics count.
 */
@Component
class CodingPersonalData implements PersonalDataSection {

    private static final String MINE = "(round_id = any(?) or practice_candidate = ?)";
    private final JdbcClient jdbc;

    CodingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "coding";
    }

    @Override
    public Object export(DataSubject subject) {
        Long[] rounds = subject.roundIds().toArray(Long[]::new);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pads", rows("select round_id, problem_id, ai_policy, language, opened_at, closed_at from coding_pads where round_id = any(?)",
                rounds));
        out.put("submissions", jdbc.sql("""
                select id, round_id, problem_id, language, source, submitted_by, verdict, result, created_at, finished_at
                  from submissions where""" + " " + MINE + " order by id").params(rounds, subject.candidateId())
                .query((rs, n) -> Rows.of(rs)).list());
        return out;
    }

    @EventListener
    void erase(ErasingCandidate event) {
        jdbc.sql("update submissions set source = '', result = null where " + MINE)
                .params(event.subject().roundIds().toArray(Long[]::new), event.subject().candidateId()).update();
    }

    private List<Map<String, Object>> rows(String sql, Long[] rounds) {
        return jdbc.sql(sql).param(rounds).query((rs, n) -> Rows.of(rs)).list();
    }
}
