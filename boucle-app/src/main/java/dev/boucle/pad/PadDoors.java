package dev.boucle.pad;

import dev.boucle.coding.CodingRounds;
import dev.boucle.hiring.Panels;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.RoundId;
import dev.boucle.pad.PadEvent.Actor;
import dev.boucle.people.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The two ways onto a pad. The candidate's link is checked by the coding module (only its hash is
 * stored); staff must be allowed to see the round (the interviews module's rule: the panel, the
 * hiring team, the committee at review). A pad takes edits while it is open in coding and its
 * round is still open in hiring: marking the round done or closing the pad ends the session.
 */
@Component
class PadDoors {

    private final CodingRounds coding;
    private final Panels panels;

    PadDoors(CodingRounds coding, Panels panels) {
        this.coding = coding;
        this.panels = panels;
    }

    /** The candidate behind a link; NotFound for an unknown or replaced link. */
    Participant candidate(String token) {
        var session = coding.padSession(token);
        var pad = session.pad();
        return new Participant(pad.roundId(), Actor.CANDIDATE, null, "", pad.aiPolicy(), pad.language(), session.problem(), token);
    }

    /** Staff on the round's pad; AccessDenied if they may not see the round, NotFound if it has no pad. */
    Participant staff(long roundId, CurrentUser user) {
        var session = coding.staffPadSession(roundId, user);
        var pad = session.pad();
        return new Participant(pad.roundId(), Actor.STAFF, user.id(), user.name(), pad.aiPolicy(), pad.language(),
                session.problem(), null);
    }

    boolean open(long roundId) {
        return coding.padOpen(new RoundId(roundId))
                && panels.round(new RoundId(roundId)).map(r -> r.status() == Round.Status.OPEN).orElse(false);
    }
}
