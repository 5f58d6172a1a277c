package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.RoundId;
import dev.boucle.people.UserId;
import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A panelist's scorecard (a first version, or an amendment after the reveal) was recorded, on
 * the round's question if it had one (its id only, so analytics can count how often a question
 * has been asked without reading the bank).
 */
@DomainEvent
public record ScorecardSubmitted(RoundId round, ApplicationId application, UserId interviewer, boolean amendment, Instant at,
        @Nullable String questionId) {}
