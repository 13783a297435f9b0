package org.outreachtracker.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Median, p95 and count of a set of durations (nearest-rank percentiles), in milliseconds. */
record Stats(int count, double median, double p95, double max) {

    static Stats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(
                sorted.length,
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    static Stats ofNanos(Collection<Long> nanos) {
        return ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    /** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100
                ? String.format(Locale.ROOT, "%.0f ms", value)
                : String.format(Locale.ROOT, "%.1f ms", value);
    }
}
