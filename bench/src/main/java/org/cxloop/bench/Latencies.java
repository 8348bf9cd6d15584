package org.cxloop.bench;

import java.util.Arrays;

/** Timings of repeated calls, in milliseconds, and their percentiles (nearest rank). */
final class Latencies {

    private double[] millis;
    private int count;

    Latencies(int capacity) {
        millis = new double[capacity];
    }

    void add(long nanos) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, Math.max(16, 2 * count));
        }
        millis[count++] = nanos / 1_000_000.0;
    }

    double percentile(double p) {
        var sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
    }

    int count() {
        return count;
    }

    String summary() {
        return "p50 %7.1f  p95 %7.1f  p99 %7.1f ms".formatted(percentile(50), percentile(95), percentile(99));
    }
}
