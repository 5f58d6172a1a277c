package dev.boucle.webhooks;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the webhooks pages' templates read (public for that reason only). */
public final class WebhookPageModel {

    private WebhookPageModel() {}

    /** The form as typed, so a refused one comes back as it was, with its errors beside the fields. */
    public record EndpointForm(@Nullable String url, @Nullable List<String> events, @Nullable String description) {
        static final EndpointForm EMPTY = new EndpointForm("", List.of(), "");

        public String urlText() {
            return url == null ? "" : url;
        }

        public boolean has(String event) {
            return events != null && events.contains(event);
        }

        public String descriptionText() {
            return description == null ? "" : description;
        }
    }

    /** The endpoints, the form, and a secret just made (shown once). */
    public record ListPage(List<WebhookEndpoint> endpoints, EndpointForm form, Map<String, String> errors, @Nullable String secret,
            List<String> eventTypes) {}

    /** An endpoint's deliveries, and its new secret right after a rotation. */
    public record DetailPage(WebhookEndpoint endpoint, List<WebhookDelivery> deliveries, @Nullable String secret,
            @Nullable String notice) {}
}
