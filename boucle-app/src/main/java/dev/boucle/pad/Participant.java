package dev.boucle.pad;

import dev.boucle.coding.CodingProblem;
import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.pad.PadEvent.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Someone on a pad, as the door they came through established: the candidate through the link's
 * secret, or a member of staff who may see the round. Everything the pad does is checked against it.
 */
public record Participant(long roundId, Actor actor, @Nullable Long userId, String name, AiPolicy policy, String roundLanguage,
        CodingProblem problem, @Nullable String token) {

    public boolean candidate() {
        return actor == Actor.CANDIDATE;
    }

    /** Whether the round's policy asks the pad to record pastes, focus and large insertions. */
    public boolean watched() {
        return policy != AiPolicy.ASSISTED;
    }
}
