package dev.boucle.analytics;

import dev.boucle.hiring.ApplicationStatus;
import dev.boucle.hiring.process.StageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application's stage visits, derived from all its moves whatever order they arrived in.
 * Pure. A hold and a resume stay inside the visit (the time on hold is time in the stage); a
 * change of stage ends one visit as ADVANCED and opens the next; a close ends the visit with
 * its status.
 */
final class Visits {

    private Visits() {}

    record Move(Instant at, StageKind stage, ApplicationStatus status) {}

    record Visit(StageKind stage, Instant enteredAt, @Nullable Instant leftAt, @Nullable String outcome) {}

    static final String ADVANCED = "ADVANCED";

    // Moves at the same instant keep the loop's order: earlier stages first, a close last.
    private static final Comparator<Move> ORDER = Comparator.comparing(Move::at).thenComparing(Move::stage)
            .thenComparing(m -> m.status().closed());

    static List<Visit> of(List<Move> moves) {
        List<Move> sorted = moves.stream().sorted(ORDER).toList();
        List<Visit> visits = new ArrayList<>();
        Visit open = null;
        for (Move move : sorted) {
            if (move.status().closed()) {
                if (open != null) visits.add(new Visit(open.stage(), open.enteredAt(), move.at(), move.status().name()));
                else visits.add(new Visit(move.stage(), move.at(), move.at(), move.status().name()));
                open = null;
                // A closed application takes no further move; a later one would be a replay.
                break;
            }
            if (open == null || open.stage() != move.stage()) {
                if (open != null) visits.add(new Visit(open.stage(), open.enteredAt(), move.at(), ADVANCED));
                open = new Visit(move.stage(), move.at(), null, null);
            }
        }
        if (open != null) visits.add(open);
        return visits;
    }
}
