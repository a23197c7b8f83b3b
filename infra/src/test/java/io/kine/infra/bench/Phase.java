package io.kine.infra.bench;

import java.util.Arrays;

/** One measured burst of commands: its throughput and the spread of its latencies. */
record Phase(String command, long elapsedNanos, long[] sortedLatencyNanos) {

    static Phase of(String command, long elapsedNanos, long[] latencyNanos) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new Phase(command, elapsedNanos, sorted);
    }

    int count() {
        return sortedLatencyNanos.length;
    }

    double perSecond() {
        return count() / (elapsedNanos / 1e9);
    }

    /** Nearest-rank percentile: the latency that {@code percent}% of the commands did not exceed. */
    double percentileMillis(double percent) {
        int rank = (int) Math.ceil(percent / 100 * count());
        return sortedLatencyNanos[Math.max(rank, 1) - 1] / 1e6;
    }
}
