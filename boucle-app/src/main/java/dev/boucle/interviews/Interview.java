package dev.boucle.interviews;

import dev.boucle.hiring.Round;
import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.hiring.process.StageKind;
import java.time.Instant;
import java.util.List;

/**
 * The plan of one round of an application (the round's id is the interview's id): who, when,
 * how, in which language, under which AI-tool policy, with which question, and how many of the
 * panel's scorecards are in.
 */
public record Interview(long id, long applicationId, StageKind stage, String roundType, int minutes, Instant startsAt,
        Mode mode, String language, AiPolicy aiPolicy, List<Panelist> panel, QuestionRef question, Round.Status roundStatus,
        int scorecardsIn, List<Warning> warnings) {

    public enum Mode { ONSITE, VIRTUAL }

    public record Panelist(long id, String name, boolean submitted) {}

    public record QuestionRef(String id, int version, String titleEn, String titleFr) {}

    /** Something the planner should know (a question already given, over-exposed, ...), with a suggestion. */
    public record Warning(String code, String detailKey, List<String> args) {}

    public boolean hasPanelist(long userId) {
        return panel.stream().anyMatch(p -> p.id() == userId);
    }
}
