package dev.boucle.portal;

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
 * The portal's share: the sign-in links sent to the candidate (their hashes are never shown) and
 * their preferences. Erasure deletes both, which also ends any open portal session at once, since
 * every request checks its link.
 */
@Component
class PortalPersonalData implements PersonalDataSection {

    record Section(List<Map<String, Object>> links, List<Map<String, Object>> preferences) {}

    private final JdbcClient jdbc;

    PortalPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "portal";
    }

    @Override
    public Object export(DataSubject subject) {
        long id = subject.candidateId();
        return new Section(
                jdbc.sql("""
                        select application_id, created_by, created_at, expires_at, revoked_at, last_used_at from portal_links
                         where candidate_id = ? order by id""").param(id).query((rs, n) -> Rows.of(rs)).list(),
                jdbc.sql("select locale, zone, updated_at from portal_preferences where candidate_id = ?").param(id)
                        .query((rs, n) -> Rows.of(rs)).list());
    }

    @EventListener
    void erase(ErasingCandidate event) {
        long id = event.subject().candidateId();
        jdbc.sql("delete from portal_links where candidate_id = ?").param(id).update();
        jdbc.sql("delete from portal_preferences where candidate_id = ?").param(id).update();
    }
}
