package dev.boucle.judge.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    /** When set, bytes go on to this stream (a peer sandbox's stdin) instead of being kept. */
    private final OutputStream forwardTo;

    /**
     * @param stopAtLimit true for stdout (an overflow is an OLE and the run is killed); false for
     *                    stderr, which is merely truncated and drained so the child never blocks on it
     */
    BoundedCapture(InputStream in, long limit, boolean stopAtLimit, String name) {
        this(in, limit, stopAtLimit, name, null);
    }

    private BoundedCapture(InputStream in, long limit, boolean stopAtLimit, String name, OutputStream forwardTo) {
        this.in = in;
        this.limit = limit;
        this.stopAtLimit = stopAtLimit;
        this.forwardTo = forwardTo;
        this.thread = Thread.ofPlatform().daemon().name(name).unstarted(this);
    }

    /** Counts a stdout against its cap while passing it on; see {@link StdioWiring}. */
    static BoundedCapture forwarding(InputStream in, long limit, OutputStream to, String name) {
        return new BoundedCapture(in, limit, true, name, to);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        if (forwardTo != null) {
            forward();
            return;
        }
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

    private void forward() {
        byte[] buffer = new byte[64 * 1024];
        long passed = 0;
        try (in; forwardTo) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                passed += n;
                if (passed > limit) {
                    overflowed.set(true);
                    return;
                }
                forwardTo.write(buffer, 0, n);
                forwardTo.flush();
            }
        } catch (IOException e) {
            // The peer stopped reading or the run was killed: closing our end makes the program's
            // next write fail, as on a plain pipe.
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
