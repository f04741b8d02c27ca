package jp.salonkarte.bench;

import java.util.Arrays;

/**
 * The figures every bench reports from its timings: nearest-rank percentiles (as customer-search
 * reports them), medians, minimum and maximum. Public for the benches that live in a feature
 * package to reach package-private code ({@code PhotoIngestBench}).
 */
public final class BenchStats {

    private BenchStats() {
    }

    /** Nearest-rank percentile of sorted values. */
    public static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The middle value (the mean of the two middle ones for an even count); the values stay as they are. */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    public static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
