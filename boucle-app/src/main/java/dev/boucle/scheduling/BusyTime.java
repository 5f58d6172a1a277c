package dev.boucle.scheduling;

/** A stretch of time someone cannot interview, and where Boucle learnt it. */
public record BusyTime(long id, long userId, TimeSpan span, BusySource source) {

    /** Blocks people add by hand (or declines) can be removed by hand; imports are replaced by the next import. */
    public boolean removable() {
        return source == BusySource.MANUAL || source == BusySource.DECLINE;
    }
}
