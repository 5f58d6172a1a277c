package dev.boucle.hiring;

import dev.boucle.people.UserId;
import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * An application entered a stage or a status: created ({@code from} is null), advanced, held,
 * resumed, rejected, withdrawn or hired. Published in the transaction of the move, delivered to
 * other modules' listeners after it commits (Spring Modulith's publication registry).
 * {@code actor} is null when the candidate moved it themselves (a withdrawal from their portal).
 * It names ids, not people: a listener that needs more asks hiring's read API.
 */
@DomainEvent
public record ApplicationMoved(ApplicationId application, JobId job, CandidateId candidate, Loop.@Nullable Position from,
        Loop.Position to, Instant at, @Nullable UserId actor) {}
