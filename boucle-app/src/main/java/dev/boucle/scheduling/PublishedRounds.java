package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.people.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** The published interviews of one loop that are still to come: what can still be declined. */
@Service
class PublishedRounds {

    /** A published interview as its invitation last said it. */
    public record Upcoming(long roundId, long interviewerId, Instant start, int minutes) {}

    private final Invitations invitations;
    private final ApplicationDetails details;
    private final Clock clock;

    PublishedRounds(Invitations invitations, ApplicationDetails details, Clock clock) {
        this.invitations = invitations;
        this.details = details;
        this.clock = clock;
    }

    /** @throws org.springframework.security.access.AccessDeniedException when the caller may not see the application */
    public List<Upcoming> upcoming(long applicationId, CurrentUser caller) {
        details.application(applicationId, caller);
        Instant now = clock.instant();
        return invitations.of(applicationId).values().stream()
                .filter(s -> s.interviewerId() != null && s.start() != null && s.start().isAfter(now))
                .map(s -> new Upcoming(s.roundId(), s.interviewerId(), s.start(), s.minutes()))
                .sorted(Comparator.comparing(Upcoming::start)).toList();
    }
}
