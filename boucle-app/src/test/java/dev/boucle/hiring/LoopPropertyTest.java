package dev.boucle.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.hiring.Loop.Outcome;
import dev.boucle.hiring.Loop.Position;
import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.Track;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever people do, in whatever order, an application stays in a defined place of its
 * track's loop, and every accepted command leaves exactly one event behind.
 */
class LoopPropertyTest {

    static final HiringProcess PROCESS = LoopTest.defaultProcess();

    record Command(Action action, String reason, int openRounds) {}

    @Provide
    Arbitrary<Command> commands() {
        return Combinators.combine(Arbitraries.of(Action.class),
                        Arbitraries.of("", "   ", "a reason", "Raison donnée en français").injectNull(0.2),
                        Arbitraries.integers().between(0, 3))
                .as(Command::new);
    }

    @Provide
    Arbitrary<Track> tracks() {
        return Arbitraries.of(PROCESS.tracks());
    }

    @Property(tries = 500)
    void noSequenceOfCommandsLeavesAnUndefinedStateOrLosesAnEvent(@ForAll("tracks") Track track,
            @ForAll("commandLists") List<Command> commands) {
        Position at = new Position(track.firstStage(), ApplicationStatus.ACTIVE);
        List<EventType> events = new ArrayList<>(List.of(EventType.APPLIED));
        int accepted = 0;
        for (Command c : commands) {
            Position before = at;
            Outcome outcome = Loop.decide(at, track, c.action(), c.reason(), c.openRounds());
            switch (outcome) {
                case Outcome.Moved moved -> {
                    at = moved.next();
                    events.add(moved.event());
                    accepted++;
                    assertThat(moved.next()).isNotEqualTo(before);
                }
                case Outcome.Refused refused -> assertThat(refused.reasonKey()).startsWith("move.refused.");
            }
            assertThat(track.stageKinds()).contains(at.stage());
            assertThat(at.status()).isNotNull();
            if (before.status().closed()) assertThat(at).isEqualTo(before); // closed is final
            // A stage never goes backwards, and never jumps more than one stage.
            int from = track.stageKinds().indexOf(before.stage());
            int to = track.stageKinds().indexOf(at.stage());
            assertThat(to - from).isBetween(0, 1);
        }
        assertThat(events).hasSize(accepted + 1);
        if (at.status() == ApplicationStatus.HIRED) assertThat(events.getLast()).isEqualTo(EventType.HIRED);
    }

    @Provide
    Arbitrary<List<Command>> commandLists() {
        return commands().list().ofMaxSize(40);
    }
}
