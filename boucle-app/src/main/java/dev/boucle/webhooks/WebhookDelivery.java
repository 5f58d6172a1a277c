package dev.boucle.webhooks;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A delivery as the log shows it, with its attempts (its payload stays in the table). Public
 * because the pages' templates read it.
 */
public record WebhookDelivery(long id, String eventType, String msgId, String status, int attempts, @Nullable Integer lastResponseCode,
        @Nullable String lastError, @Nullable Integer latencyMs, @Nullable Instant nextAttemptAt, Instant createdAt,
        @Nullable Instant deliveredAt, @Nullable Long replayOf, List<Attempt> log) {

    /** One attempt: the receiver's status code, or the error that stood in for one. */
    public record Attempt(Instant at, @Nullable Integer code, @Nullable String error, int latencyMs) {}
}
