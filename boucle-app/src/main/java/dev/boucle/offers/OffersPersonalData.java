package dev.boucle.offers;

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
 * The candidate's offers (with why they declined, when recorded), their history and approvals.
 * The letter is rendered on demand from these rows, so no file is kept. Erasure blanks the free
 * texts (reasons, notes, the candidate's own name where they acted); the amounts and the decline
 * reason (a category from a closed set, not their words) stay, with no one attached, for the
 * bands' history and the decline reasons report.
 */
@Component
class OffersPersonalData implements PersonalDataSection {

    private static final String OFFERS_OF = "offer_id in (select id from offers where application_id = any(?))";
    private final JdbcClient jdbc;

    OffersPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "offers";
    }

    @Override
    public Object export(DataSubject subject) {
        Long[] apps = subject.applicationIds().toArray(Long[]::new);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("offers", rows("""
                select id, application_id, state, office, currency, base, bonus_target_percent, sign_on, relocation, equity_instrument,
                       equity_units, equity_strike, equity_valuation, vesting_months, cliff_months, liquidity_note, start_date, respond_by,
                       decline_reason, created_at, updated_at from offers where application_id = any(?) order by id""", apps));
        out.put("history", rows("select offer_id, type, from_state, to_state, actor_id, actor_name, reason, decline_reason, at from offer_events where "
                + OFFERS_OF + " order by id", apps));
        out.put("approvals", rows("select offer_id, submission, position, approver_id, decision, reason, at from offer_approvals where "
                + OFFERS_OF + " order by id", apps));
        return out;
    }

    @EventListener
    void erase(ErasingCandidate event) {
        Long[] apps = event.subject().applicationIds().toArray(Long[]::new);
        if (apps.length == 0) return;
        jdbc.sql("update offers set liquidity_note = null where application_id = any(?)").param(apps).update();
        jdbc.sql("update offer_events set reason = null, actor_name = case when actor_id is null then null else actor_name end where "
                + OFFERS_OF).param(apps).update();
        jdbc.sql("update offer_approvals set reason = null where " + OFFERS_OF).param(apps).update();
    }

    private List<Map<String, Object>> rows(String sql, Long[] apps) {
        return jdbc.sql(sql).param(apps).query((rs, n) -> Rows.of(rs)).list();
    }
}
