package dev.boucle.scheduler;

/** A loop placed on more than one of the candidate's days, and why it could not be one day. */
public record SpreadLoop(String candidate, int days, Reason reason, String detail) {

    public enum Reason {
        /** No single day of the candidate's availability is long enough for every round and break. */
        AVAILABILITY,
        /** A day could hold the loop, but the interviewers it needs are not free or have no room on one same day. */
        INTERVIEWERS
    }
}
