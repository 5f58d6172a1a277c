package dev.boucle.hiring;

/** Where an application stands, independent of its stage. */
public enum ApplicationStatus {
    ACTIVE, ON_HOLD, REJECTED, WITHDRAWN, HIRED;

    /** Closed applications accept no further move; their time in process stops. */
    public boolean closed() {
        return this == REJECTED || this == WITHDRAWN || this == HIRED;
    }
}
