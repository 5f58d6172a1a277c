package dev.boucle.coding;

import dev.boucle.hiring.process.AiPolicy;
import java.time.Instant;

/** The candidate's pad for one coding round: one problem, opened by someone on staff, until closed. */
public record Pad(long roundId, String problemId, AiPolicy aiPolicy, String language, long openedBy, Instant openedAt,
        Instant closedAt) {

    public boolean open() {
        return closedAt == null;
    }
}
