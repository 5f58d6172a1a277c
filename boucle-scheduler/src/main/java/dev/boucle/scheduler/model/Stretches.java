package dev.boucle.scheduler.model;

import dev.boucle.scheduler.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sorted, merged stretches of time in epoch minutes, with quick overlap questions. */
public final class Stretches {

    private final long[] starts;
    private final long[] ends;

    private Stretches(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static Stretches of(List<Interval> intervals) {
        List<long[]> sorted = new ArrayList<>();
        for (Interval i : intervals) {
            sorted.add(new long[] {Minutes.of(i.start()), Minutes.ceil(i.end())});
        }
        sorted.sort(Comparator.comparingLong(a -> a[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : sorted) {
            if (!merged.isEmpty() && merged.getLast()[1] >= s[0]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], s[1]);
            } else {
                merged.add(s);
            }
        }
        return new Stretches(merged.stream().mapToLong(a -> a[0]).toArray(), merged.stream().mapToLong(a -> a[1]).toArray());
    }

    public int size() {
        return starts.length;
    }

    public long start(int i) {
        return starts[i];
    }

    public long end(int i) {
        return ends[i];
    }

    /** Minutes of [from, to) covered by these stretches. */
    public long overlap(long from, long to) {
        int i = firstEndingAfter(from);
        long total = 0;
        for (; i < starts.length && starts[i] < to; i++) {
            total += Math.min(to, ends[i]) - Math.max(from, starts[i]);
        }
        return total;
    }

    /** Minutes of [from, to) outside the one stretch that holds most of it (0 when one stretch holds it all). */
    public long minutesOutsideOne(long from, long to) {
        int i = firstEndingAfter(from);
        long best = 0;
        for (; i < starts.length && starts[i] < to; i++) {
            best = Math.max(best, Math.min(to, ends[i]) - Math.max(from, starts[i]));
        }
        return (to - from) - best;
    }

    private int firstEndingAfter(long minute) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
