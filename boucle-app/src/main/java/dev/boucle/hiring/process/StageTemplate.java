package dev.boucle.hiring.process;

import java.util.List;

/** A stage of a track with the rounds it plans (none for the final review and the offer). */
public record StageTemplate(StageKind kind, List<RoundTemplate> rounds) {

    public StageTemplate {
        rounds = List.copyOf(rounds);
    }
}
