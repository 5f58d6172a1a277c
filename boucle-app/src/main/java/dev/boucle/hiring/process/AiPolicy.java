package dev.boucle.hiring.process;

/** What AI tools a candidate may use in a round. */
public enum AiPolicy {
    /** No AI tools. */
    UNAIDED,
    /** AI for boilerplate and look-ups; the foundational work is the candidate's own. */
    CALIBRATED,
    /** AI tools allowed throughout; the round assesses how they are used. */
    ASSISTED
}
