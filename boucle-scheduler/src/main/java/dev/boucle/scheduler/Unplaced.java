package dev.boucle.scheduler;

/** A round left out of the plan and the rule that stops it, with the figures behind it in words ({@code detail}). */
public record Unplaced(String round, Reason reason, String detail) {

    /**
     * Why no placement exists for the round, checked in this order (the first that leaves nobody
     * at any start wins), so the reason names the rule a scheduler would have to relax.
     */
    public enum Reason {
        /** The candidate's availability holds no stretch long enough for the round. */
        NO_WINDOW,
        /** Nobody (trainees aside) leads this round type. */
        NO_QUALIFIED_INTERVIEWER,
        /** People lead the type, but none speaks the loop's language. */
        LANGUAGE,
        /** The qualified speakers of the language all met the candidate before. */
        EXCLUSIONS,
        /** No qualified, eligible interviewer is free (calendar, working hours) in the candidate's windows. */
        NO_INTERVIEWER_FREE,
        /** Those free in the candidate's windows have reached their weekly cap. */
        WEEKLY_CAPS,
        /** Those free with room lead other rounds then, or already sit on this loop. */
        TAKEN_BY_OTHER_ROUNDS,
        /** Those free with room are free only when the candidate has another round (or its break). */
        CANDIDATE_SCHEDULE,
        /** A placement exists: the planner stopped before finding it (the greedy baseline, a time limit). */
        NOT_FOUND
    }
}
