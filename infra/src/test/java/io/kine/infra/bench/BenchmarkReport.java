package io.kine.infra.bench;

import java.io.PrintStream;
import java.time.Duration;

/** The figures of one run, printed as the table docs/benchmarks.md records. */
record BenchmarkReport(
        BenchmarkSettings settings,
        String serverVersion,
        Phase registrations,
        Phase updates,
        Pgbench.Result pgbench,
        Duration projectionLag,
        long eventsBehindAtStop) {

    void print(PrintStream out) {
        out.println();
        out.printf("Kine patient commands: %d senders, %d warm-up registrations and updates, %d cores, PostgreSQL %s%n",
                settings.senders(), settings.warmUp(), Runtime.getRuntime().availableProcessors(), serverVersion);
        out.printf("%-26s %8s %12s %9s %9s %9s%n", "", "count", "per second", "p50 ms", "p95 ms", "p99 ms");
        printPhase(out, registrations);
        printPhase(out, updates);
        out.printf("%-26s %8s %12.1f%n", "pgbench one-row INSERT", "-", pgbench.transactionsPerSecond());
        out.printf("%-26s %8s %12.3f%n", "register / pgbench", "", ratio(registrations));
        out.printf("%-26s %8s %12.3f%n", "update / pgbench", "", ratio(updates));
        out.printf("Projection lag at end: %d ms (%d patient events behind when the senders stopped)%n",
                projectionLag.toMillis(), eventsBehindAtStop);
        out.println("pgbench: " + pgbench.commandLine());
        out.println("pgbench script: " + Pgbench.INSERT);
    }

    private double ratio(Phase phase) {
        return phase.perSecond() / pgbench.transactionsPerSecond();
    }

    private static void printPhase(PrintStream out, Phase phase) {
        out.printf("%-26s %8d %12.1f %9.1f %9.1f %9.1f%n", phase.command(), phase.count(), phase.perSecond(),
                phase.percentileMillis(50), phase.percentileMillis(95), phase.percentileMillis(99));
    }
}
