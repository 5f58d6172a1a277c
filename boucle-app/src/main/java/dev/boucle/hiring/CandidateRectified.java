package dev.boucle.hiring;

import dev.boucle.people.UserId;
import java.time.Instant;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's details were corrected (GDPR Art. 16): which fields, by whom ({@code null}: the
 * candidate, from their portal). It names the fields, never the values, so the audit log that
 * records it holds nothing to erase.
 */
@DomainEvent
public record CandidateRectified(CandidateId candidate, List<String> fields, @Nullable UserId actor, Instant at) {}
