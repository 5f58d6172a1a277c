package dev.boucle.scheduler;

/**
 * One round of a loop. {@code pinned} (nullable): the solver keeps it as it is. {@code published}
 * (nullable): what was already sent to people; the solver may change it, at a cost.
 */
public record RoundSpec(String id, String type, int minutes, Placement pinned, Placement published) {

    public static RoundSpec of(String id, String type, int minutes) {
        return new RoundSpec(id, type, minutes, null, null);
    }
}
