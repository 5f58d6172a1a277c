package dev.boucle.pad;

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
 * The live pad of each of the candidate's coding rounds: the document and its history (edits, chat,
 * assistant exchanges, runs). Erasure deletes both; nothing of a pad is counted elsewhere.
 */
@Component
class PadPersonalData implements PersonalDataSection {

    record Section(List<Map<String, Object>> documents, List<Map<String, Object>> events) {}

    private final JdbcClient jdbc;

    PadPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "livePads";
    }

    @Override
    public Object export(DataSubject subject) {
        Long[] rounds = subject.roundIds().toArray(Long[]::new);
        return new Section(
                jdbc.sql("select round_id, language, text, version, updated_at from pad_documents where round_id = any(?)")
                        .param(rounds).query((rs, n) -> Rows.of(rs)).list(),
                jdbc.sql("select round_id, seq, at, kind, actor, user_id, data from pad_events where round_id = any(?) order by round_id, seq")
                        .param(rounds).query((rs, n) -> Rows.of(rs)).list());
    }

    @EventListener
    void erase(ErasingCandidate event) {
        Long[] rounds = event.subject().roundIds().toArray(Long[]::new);
        jdbc.sql("delete from pad_events where round_id = any(?)").param(rounds).update();
        jdbc.sql("delete from pad_documents where round_id = any(?)").param(rounds).update();
    }
}
