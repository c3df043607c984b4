package io.cadre.bench;

import java.util.Arrays;

/** Durations of repeated calls, in nanoseconds, and their percentiles by nearest rank. */
final class Latencies {

    private final long created = System.nanoTime();
    private long[] nanos = new long[64];
    private int count;
    private long slowestStart;
    private long slowest;

    synchronized void add(long duration) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = duration;
        if (duration > slowest) {
            slowest = duration;
            slowestStart = System.nanoTime() - duration - created;
        }
    }

    /** When the slowest call started, in seconds after these latencies began to be collected. */
    synchronized double slowestStartSeconds() {
        return slowestStart / 1e9;
    }

    synchronized int count() {
        return count;
    }

    synchronized double maxMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, nanos[i]);
        }
        return max / 1_000_000.0;
    }

    /** The {@code percent}th percentile in milliseconds. */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000_000.0;
    }
}
