package dev.boucle.privacy;

import dev.boucle.hiring.CandidateId;
import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A candidate's talent-pool consent lapses soon: the portal asks them to renew it (a fresh link by
 * e-mail, in their language). Published once per consent, in the retention run's transaction.
 */
@DomainEvent
public record ConsentRenewalDue(CandidateId candidate, Instant lapsesAt) {}
