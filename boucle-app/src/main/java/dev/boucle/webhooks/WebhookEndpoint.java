package dev.boucle.webhooks;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An endpoint as shown (the API, the pages): never its secret. Public because the pages' templates read it. */
public record WebhookEndpoint(long id, String url, String description, Set<WebhookEvent> events, boolean active, Instant createdAt,
        @Nullable Instant previousSecretUntil) {}
