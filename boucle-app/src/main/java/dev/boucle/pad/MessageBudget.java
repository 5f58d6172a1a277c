package dev.boucle.pad;

/**
 * How many messages a connection may send: a bucket of {@link #BURST} that refills at
 * {@link #PER_SECOND}. Fast typing sends about ten a second; a script flooding the pad runs dry
 * and its messages are refused until the bucket refills.
 */
final class MessageBudget {

    static final int BURST = 120;
    static final int PER_SECOND = 40;

    private double tokens = BURST;
    private long last = System.nanoTime();

    synchronized boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(BURST, tokens + (now - last) / 1e9 * PER_SECOND);
        last = now;
        if (tokens < 1) return false;
        tokens -= 1;
        return true;
    }
}
