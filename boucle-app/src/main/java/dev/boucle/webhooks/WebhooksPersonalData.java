package dev.boucle.webhooks;

import dev.boucle.platform.DataSubject;
import dev.boucle.platform.ErasingCandidate;
import dev.boucle.platform.PersonalDataSection;
import dev.boucle.platform.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the webhooks hold on a candidate: the deliveries about them (ids and states only, so the
 * export lists them without their bodies). Erasure, in the erasure's transaction, cancels the
 * ones not yet sent, then queues {@code candidate.erased} with the candidate's id alone.
 */
@Component
class WebhooksPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;
    private final Deliveries deliveries;
    private final WebhookOutbox outbox;

    WebhooksPersonalData(JdbcClient jdbc, Deliveries deliveries, WebhookOutbox outbox) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.outbox = outbox;
    }

    @Override
    public String section() {
        return "webhooks";
    }

    @Override
    public Object export(DataSubject subject) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select endpoint_id, event_type, msg_id, status, created_at, delivered_at from webhook_deliveries
                where candidate_id = ? or application_id = any(?) order by id""")
                .params(subject.candidateId(), subject.applicationIds().toArray(Long[]::new)).query((rs, n) -> Rows.of(rs)).list();
        return Map.of("deliveries", rows);
    }

    @EventListener
    void erase(ErasingCandidate event) {
        long candidate = event.subject().candidateId();
        deliveries.cancelAbout(candidate, event.subject().applicationIds().toArray(Long[]::new));
        outbox.queue(WebhookEvent.CANDIDATE_ERASED, Instant.now(), Map.of("candidateId", candidate), null, null);
    }
}
