package dev.boucle.hiring;

import dev.boucle.people.CurrentUser;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an application's timeline as it is written: what happened, when, by whom, and
 * what it concerns (a move between positions, a round, a reason). The factories say which of
 * these each kind of event carries, so that no caller passes a row of nulls.
 */
record TimelineEntry(long applicationId, EventType type, Instant at, @Nullable Long actorId, String actorName,
        Loop.@Nullable Position from, Loop.@Nullable Position to, @Nullable String reason, @Nullable Long roundId) {

    /** The application entered a position: created ({@code from} null) or moved. */
    static TimelineEntry moved(long applicationId, EventType type, Instant at, CurrentUser actor, Loop.@Nullable Position from,
            Loop.Position to, @Nullable String reason) {
        return new TimelineEntry(applicationId, type, at, actor.id(), actor.name(), from, to, reason, null);
    }

    /**
     * The candidate themselves moved their application (they withdrew, from their portal): no staff
     * member acted, and the timeline says so in the name column rather than naming anyone.
     */
    static TimelineEntry byCandidate(long applicationId, EventType type, Instant at, Loop.Position from, Loop.Position to,
            @Nullable String reason) {
        return new TimelineEntry(applicationId, type, at, null, CANDIDATE, from, to, reason, null);
    }

    /** What the actor column says of a move the candidate made. */
    static final String CANDIDATE = "candidate (portal)";

    /** Something happened to one round: completed, waived, panel assigned. */
    static TimelineEntry ofRound(long applicationId, EventType type, Instant at, CurrentUser actor, long roundId,
            @Nullable String reason) {
        return new TimelineEntry(applicationId, type, at, actor.id(), actor.name(), null, null, reason, roundId);
    }

    /** Something happened to the loop as a whole, with the reason given. */
    static TimelineEntry ofLoop(long applicationId, EventType type, Instant at, CurrentUser actor, @Nullable String reason) {
        return new TimelineEntry(applicationId, type, at, actor.id(), actor.name(), null, null, reason, null);
    }
}
