package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.people.UserId;
import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;

/** The final review's decision on an application (HIRE, NO_HIRE, MORE_DATA), by a named person. */
@DomainEvent
public record DecisionRecorded(ApplicationId application, String decision, UserId decider, Instant at) {}
