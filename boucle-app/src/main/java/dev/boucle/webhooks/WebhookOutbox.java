package dev.boucle.webhooks;

import dev.boucle.hiring.ApplicationMoved;
import dev.boucle.hiring.Loop;
import dev.boucle.interviews.DecisionRecorded;
import dev.boucle.interviews.InterviewPlanned;
import dev.boucle.interviews.ScorecardSubmitted;
import dev.boucle.offers.OfferChanged;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the other modules' events into deliveries. Plain {@code @EventListener}s, so each row is
 * written in the transaction of the change itself: a delivery exists if and only if the change
 * committed, and the worker sends it at least once. The payload is {@code {type, timestamp,
 * data}} with ids and states only; one message id per event, shared by every endpoint.
 */
@Component
class WebhookOutbox {

    private final Endpoints endpoints;
    private final Deliveries deliveries;
    private final JsonMapper json = JsonMapper.builder().build();

    WebhookOutbox(Endpoints endpoints, Deliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @EventListener
    void moved(ApplicationMoved e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applicationId", e.application().value());
        data.put("jobId", e.job().value());
        data.put("candidateId", e.candidate().value());
        data.put("from", position(e.from()));
        data.put("to", position(e.to()));
        queue(WebhookEvent.APPLICATION_MOVED, e.at(), data, e.candidate().value(), e.application().value());
    }

    @EventListener
    void planned(InterviewPlanned e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roundId", e.round().value());
        data.put("applicationId", e.application().value());
        data.put("start", e.start() == null ? null : e.start().toString());
        data.put("minutes", e.minutes());
        data.put("interviewerIds", e.interviewers());
        queue(e.first() ? WebhookEvent.INTERVIEW_SCHEDULED : WebhookEvent.INTERVIEW_CHANGED, e.at(), data, null, e.application().value());
    }

    @EventListener
    void scorecard(ScorecardSubmitted e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roundId", e.round().value());
        data.put("applicationId", e.application().value());
        data.put("interviewerId", e.interviewer().value());
        data.put("amendment", e.amendment());
        queue(WebhookEvent.SCORECARD_SUBMITTED, e.at(), data, null, e.application().value());
    }

    @EventListener
    void decision(DecisionRecorded e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applicationId", e.application().value());
        data.put("decision", e.decision());
        data.put("deciderId", e.decider().value());
        queue(WebhookEvent.DECISION_RECORDED, e.at(), data, null, e.application().value());
    }

    @EventListener
    void offer(OfferChanged e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("offerId", e.offer().value());
        data.put("applicationId", e.application().value());
        data.put("change", e.type().name());
        data.put("from", e.from() == null ? null : e.from().name());
        data.put("to", e.to() == null ? null : e.to().name());
        queue(WebhookEvent.OFFER_CHANGED, e.at(), data, null, e.application().value());
    }

    /** One delivery row per active endpoint subscribed to the type; nothing at all when none is. */
    void queue(WebhookEvent type, Instant at, Map<String, Object> data, @Nullable Long candidateId, @Nullable Long applicationId) {
        List<WebhookEndpoint> subscribers = endpoints.subscribedTo(type);
        if (subscribers.isEmpty()) return;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wire());
        body.put("timestamp", at.toString());
        body.put("data", data);
        String payload = json.writeValueAsString(body);
        String msgId = "msg_" + dev.boucle.platform.Secrets.random().substring(0, 26);
        for (WebhookEndpoint endpoint : subscribers) {
            deliveries.queue(endpoint.id(), msgId, type, payload, candidateId, applicationId);
        }
    }

    private static @Nullable Map<String, String> position(Loop.@Nullable Position p) {
        return p == null ? null : Map.of("stage", p.stage().name(), "status", p.status().name());
    }
}
