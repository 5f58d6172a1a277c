package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.RoundId;
import java.time.Instant;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A round's time, length or panel was set or changed, from its plan or from a published
 * schedule. {@code first} when the round has just become planned (a start and a panel) for the
 * first time; otherwise a change to a planned round, or to one not yet wholly planned. Ids only.
 */
@DomainEvent
public record InterviewPlanned(RoundId round, ApplicationId application, @Nullable Instant start, int minutes, List<Long> interviewers,
        boolean first, Instant at) {
    public InterviewPlanned {
        interviewers = List.copyOf(interviewers);
    }
}
