package dev.boucle.hiring;

/** What can happen to an application; each is one row in the append-only timeline. */
public enum EventType {
    APPLIED, ADVANCED, HIRED, REJECTED, WITHDRAWN, PUT_ON_HOLD, RESUMED, ROUND_COMPLETED, ROUND_WAIVED, ROUNDS_ADDED, PANEL_ASSIGNED
}
