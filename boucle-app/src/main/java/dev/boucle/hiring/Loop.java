package dev.boucle.hiring;

import dev.boucle.hiring.process.StageKind;
import dev.boucle.hiring.process.Track;
import java.util.List;

/**
 * The state machine of an application in its loop. Pure: given where an application stands,
 * its track, and how many rounds of the current stage are still open, it says what a command
 * leads to, or why it is refused. Persisting the answer is the caller's job.
 */
public final class Loop {

    /** Longest reason kept with a move; longer ones are refused as bad input upstream. */
    public static final int MAX_REASON = 2000;

    private Loop() {}

    /** Where an application stands: the stage it is in and its status. */
    public record Position(StageKind stage, ApplicationStatus status) {}

    /** The answer to a command: a move with the event to record, or a refusal with its reason. */
    public sealed interface Outcome {
        record Moved(Position next, EventType event) implements Outcome {}

        record Refused(String reasonKey, List<Object> args) implements Outcome {
            public Refused(String reasonKey, Object... args) {
                this(reasonKey, List.of(args));
            }
        }
    }

    public static Outcome decide(Position at, Track track, Action action, String reason, int openRoundsInStage) {
        if (at.status().closed()) return new Outcome.Refused("move.refused.closed", at.status());
        return switch (action) {
            case ADVANCE -> advance(at, track, openRoundsInStage);
            case REJECT -> blank(reason)
                    ? new Outcome.Refused("move.refused.reason-required")
                    : new Outcome.Moved(new Position(at.stage(), ApplicationStatus.REJECTED), EventType.REJECTED);
            case WITHDRAW -> new Outcome.Moved(new Position(at.stage(), ApplicationStatus.WITHDRAWN), EventType.WITHDRAWN);
            case HOLD -> at.status() == ApplicationStatus.ON_HOLD
                    ? new Outcome.Refused("move.refused.already-on-hold")
                    : new Outcome.Moved(new Position(at.stage(), ApplicationStatus.ON_HOLD), EventType.PUT_ON_HOLD);
            case RESUME -> at.status() != ApplicationStatus.ON_HOLD
                    ? new Outcome.Refused("move.refused.not-on-hold")
                    : new Outcome.Moved(new Position(at.stage(), ApplicationStatus.ACTIVE), EventType.RESUMED);
        };
    }

    private static Outcome advance(Position at, Track track, int openRounds) {
        if (at.status() == ApplicationStatus.ON_HOLD) return new Outcome.Refused("move.refused.on-hold");
        if (at.stage().gated() && openRounds > 0) {
            return new Outcome.Refused("move.refused.rounds-open", openRounds, at.stage());
        }
        return track.stageAfter(at.stage())
                .<Outcome>map(next -> new Outcome.Moved(new Position(next, ApplicationStatus.ACTIVE), EventType.ADVANCED))
                .orElseGet(() -> new Outcome.Moved(new Position(at.stage(), ApplicationStatus.HIRED), EventType.HIRED));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
