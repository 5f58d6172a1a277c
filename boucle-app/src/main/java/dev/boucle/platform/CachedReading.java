package dev.boucle.platform;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value read from the database for a gauge, kept a few seconds: a scrape every few seconds by
 * one or more Prometheus servers then costs at most one cheap query per period. A failed read
 * (the database away for a moment) gives NaN, which Prometheus shows as a gap, never a wrong zero.
 */
public final class CachedReading<T> {

    private static final Logger log = LoggerFactory.getLogger(CachedReading.class);
    private final Supplier<T> read;
    private final long ttlNanos;
    private T value;
    private long readAt;
    private boolean fresh;

    public CachedReading(Duration ttl, Supplier<T> read) {
        this.read = read;
        this.ttlNanos = ttl.toNanos();
    }

    /** The cached value, read again when older than the period; null when the read failed. */
    public synchronized T get() {
        long now = System.nanoTime();
        if (!fresh || now - readAt > ttlNanos) {
            try {
                value = read.get();
            } catch (RuntimeException e) {
                log.warn("A metric could not be read: {}", e.toString());
                value = null;
            }
            readAt = now;
            fresh = true;
        }
        return value;
    }
}
