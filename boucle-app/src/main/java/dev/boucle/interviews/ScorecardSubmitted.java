package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.RoundId;
import dev.boucle.people.UserId;
import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;

/** A panelist's scorecard (a first version, or an amendment after the reveal) was recorded. */
@DomainEvent
public record ScorecardSubmitted(RoundId round, ApplicationId application, UserId interviewer, boolean amendment, Instant at) {}
