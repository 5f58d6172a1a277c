package dev.boucle.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.hiring.Loop.Outcome;
import dev.boucle.hiring.Loop.Position;
import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessParser;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.hiring.process.Track;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every legal and illegal move of the loop's state machine, for every stage and status. */
class LoopTest {

    static final Track TRACK = defaultProcess().track("software-engineer").orElseThrow();

    static HiringProcess defaultProcess() {
        try (InputStream in = LoopTest.class.getResourceAsStream("/processes/default.yaml")) {
            return ProcessParser.parse("default.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Outcome decide(StageKind stage, ApplicationStatus status, Action action, String reason, int openRounds) {
        return Loop.decide(new Position(stage, status), TRACK, action, reason, openRounds);
    }

    @Test
    @DisplayName("an active candidate advances one stage at a time through the whole loop, then is hired")
    void advancesThroughTheLoop() {
        List<StageKind> seen = new java.util.ArrayList<>();
        Position at = new Position(TRACK.firstStage(), ApplicationStatus.ACTIVE);
        seen.add(at.stage());
        while (at.status() == ApplicationStatus.ACTIVE) {
            Outcome outcome = Loop.decide(at, TRACK, Action.ADVANCE, null, 0);
            assertThat(outcome).isInstanceOf(Outcome.Moved.class);
            at = ((Outcome.Moved) outcome).next();
            if (at.status() == ApplicationStatus.ACTIVE) seen.add(at.stage());
        }
        assertThat(seen).containsExactly(StageKind.values());
        assertThat(at).isEqualTo(new Position(StageKind.OFFER, ApplicationStatus.HIRED));
    }

    @ParameterizedTest
    @EnumSource(value = StageKind.class, names = {"PHONE_SCREEN", "ONSITE_LOOP", "FINAL_REVIEW"})
    @DisplayName("a technical stage, or a review with added rounds, cannot be left while a round is neither done nor waived")
    void gatedStagesNeedTheirRounds(StageKind stage) {
        assertThat(decide(stage, ApplicationStatus.ACTIVE, Action.ADVANCE, null, 1))
                .isEqualTo(new Outcome.Refused("move.refused.rounds-open", 1, stage));
        assertThat(decide(stage, ApplicationStatus.ACTIVE, Action.ADVANCE, null, 0)).isInstanceOf(Outcome.Moved.class);
    }

    @ParameterizedTest
    @EnumSource(value = StageKind.class, names = {"RECRUITER_SCREEN", "HIRING_MANAGER", "OFFER"})
    @DisplayName("the screens and the offer are decided by the person who advances, open rounds or not")
    void ungatedStagesAdvance(StageKind stage) {
        assertThat(decide(stage, ApplicationStatus.ACTIVE, Action.ADVANCE, null, 1)).isInstanceOf(Outcome.Moved.class);
    }

    @Test
    @DisplayName("a rejection without a reason is refused; with one it closes the application where it stands")
    void rejectionNeedsAReason() {
        assertThat(decide(StageKind.ONSITE_LOOP, ApplicationStatus.ACTIVE, Action.REJECT, " ", 0))
                .isEqualTo(new Outcome.Refused("move.refused.reason-required"));
        assertThat(decide(StageKind.ONSITE_LOOP, ApplicationStatus.ON_HOLD, Action.REJECT, "bar not met", 0))
                .isEqualTo(new Outcome.Moved(new Position(StageKind.ONSITE_LOOP, ApplicationStatus.REJECTED), EventType.REJECTED));
    }

    /**
     * The whole table: for each stage, status and action, what the rules say (written out
     * independently of Loop) against what Loop decides.
     */
    @Test
    @DisplayName("every combination of stage, status and action gives the documented outcome")
    void fullTransitionTable() {
        int checked = 0;
        for (StageKind stage : StageKind.values()) {
            for (ApplicationStatus status : ApplicationStatus.values()) {
                for (Action action : Action.values()) {
                    Outcome outcome = decide(stage, status, action, "a reason", 0);
                    Position expected = expected(stage, status, action);
                    if (expected == null) {
                        assertThat(outcome).as("%s/%s/%s", stage, status, action).isInstanceOf(Outcome.Refused.class);
                    } else {
                        assertThat(outcome).as("%s/%s/%s", stage, status, action).isInstanceOf(Outcome.Moved.class);
                        assertThat(((Outcome.Moved) outcome).next()).isEqualTo(expected);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(6 * 5 * 5);
    }

    private static Position expected(StageKind stage, ApplicationStatus status, Action action) {
        if (status == ApplicationStatus.REJECTED || status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.HIRED) {
            return null;
        }
        boolean onHold = status == ApplicationStatus.ON_HOLD;
        return switch (action) {
            case ADVANCE -> onHold ? null : stage == StageKind.OFFER
                    ? new Position(StageKind.OFFER, ApplicationStatus.HIRED)
                    : new Position(StageKind.values()[stage.ordinal() + 1], ApplicationStatus.ACTIVE);
            case REJECT -> new Position(stage, ApplicationStatus.REJECTED);
            case WITHDRAW -> new Position(stage, ApplicationStatus.WITHDRAWN);
            case HOLD -> onHold ? null : new Position(stage, ApplicationStatus.ON_HOLD);
            case RESUME -> onHold ? new Position(stage, ApplicationStatus.ACTIVE) : null;
        };
    }
}
