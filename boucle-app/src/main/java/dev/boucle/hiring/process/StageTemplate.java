package dev.boucle.hiring.process;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stage of a track with the rounds it plans (none for the final review and the offer), and how
 * many weeks it usually takes (null when the process file does not say), which the candidate's
 * portal turns into an expected timeline.
 */
public record StageTemplate(StageKind kind, List<RoundTemplate> rounds, @Nullable Weeks weeks) {

    public StageTemplate {
        rounds = List.copyOf(rounds);
    }

    /** A stage's usual length in whole weeks, from {@code min} to {@code max}. */
    public record Weeks(int min, int max) {}
}
