package dev.boucle.hiring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An application entered a stage or a status: created ({@code from} is null), advanced, held,
 * resumed, rejected, withdrawn or hired. Published in the transaction of the move, delivered to
 * other modules' listeners after it commits (Spring Modulith's publication registry).
 * It names ids, not people: a listener that needs more asks hiring's read API.
 */
public record ApplicationMoved(long applicationId, long jobId, long candidateId, Loop.@Nullable Position from, Loop.Position to,
        Instant at, long actorId) {}
