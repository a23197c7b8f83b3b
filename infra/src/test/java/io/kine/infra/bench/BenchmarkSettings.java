package io.kine.infra.bench;

import java.util.List;

/**
 * What a benchmark run does and where, each overridable with {@code -D<name>=...}. The defaults
 * are this project's machine: PostgreSQL and Redis on localhost.
 */
record BenchmarkSettings(
        int warmUp,
        int registrations,
        int updates,
        int senders,
        int pgbenchSeconds,
        String pgbench,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        String redisUrl) {

    BenchmarkSettings {
        if (registrations < 1 || updates < 1 || senders < 1 || warmUp < 0) {
            throw new IllegalArgumentException("bench.registrations, bench.updates and bench.senders must be positive"
                    + " and bench.warm-up not negative");
        }
    }

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Integer.getInteger("bench.warm-up", 200),
                Integer.getInteger("bench.registrations", 4000),
                Integer.getInteger("bench.updates", 4000),
                Integer.getInteger("bench.senders", 16),
                Integer.getInteger("bench.pgbench-seconds", 10),
                System.getProperty("bench.pgbench", "pgbench"),
                System.getProperty("kine.db.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                System.getProperty("kine.db.username", "postgres"),
                System.getProperty("kine.db.password", ""),
                System.getProperty("kine.redis.url", "redis://127.0.0.1:6379"));
    }

    /**
     * Passed as command-line arguments because those outrank the test profile's file, whose
     * empty {@code kine.db.url} would otherwise start an embedded PostgreSQL instead of the
     * machine's server that pgbench measures.
     */
    String[] applicationArguments() {
        return List.of(
                "--server.port=0",
                "--kine.db.url=" + databaseUrl,
                "--kine.db.username=" + databaseUser,
                "--kine.db.password=" + databasePassword,
                "--kine.database.throwaway=true",
                "--kine.redis.url=" + redisUrl,
                "--spring.main.banner-mode=off",
                // start-up chatter would bury the figures
                "--logging.level.root=WARN",
                "--logging.level.io.kine=WARN").toArray(String[]::new);
    }
}
