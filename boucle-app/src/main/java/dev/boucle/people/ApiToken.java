package dev.boucle.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as it is listed: never the token itself, which only its creator saw once. */
public record ApiToken(long id, String label, Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
        boolean bootstrap) {}
