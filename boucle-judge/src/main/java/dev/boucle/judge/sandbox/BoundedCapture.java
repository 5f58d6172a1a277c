package dev.boucle.judge.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drains a child's pipe on its own thread, keeping at most {@code limit} bytes. A submission can
 * print forever; memory on the judge side must not grow with it.
 */
final class BoundedCapture implements Runnable {
    private final InputStream in;
    private final long limit;
    private final boolean stopAtLimit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private final Thread thread;

    /**
     * @param stopAtLimit true for stdout (an overflow is an OLE and the run is killed); false for
     *                    stderr, which is merely truncated and drained so the child never blocks on it
     */
    BoundedCapture(InputStream in, long limit, boolean stopAtLimit, String name) {
        this.in = in;
        this.limit = limit;
        this.stopAtLimit = stopAtLimit;
        this.thread = Thread.ofPlatform().daemon().name(name).unstarted(this);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                long room = limit - kept.size();
                if (n > room) {
                    kept.write(buffer, 0, (int) Math.max(0, room));
                    overflowed.set(true);
                    if (stopAtLimit) {
                        return;
                    }
                } else {
                    kept.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The pipe closes under us when the run is killed; what was read so far stands.
        }
    }

    boolean overflowed() {
        return overflowed.get();
    }

    byte[] bytes(long joinMillis) {
        try {
            thread.join(joinMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (kept) {
            return kept.toByteArray();
        }
    }
}
