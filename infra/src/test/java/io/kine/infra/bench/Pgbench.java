package io.kine.infra.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The physical reference: pgbench's one-row INSERT transactions per second on the very server and
 * database Kine just used, with as many clients as Kine had senders. Each such transaction is one
 * durable commit of one small row, the least a command can cost, since every command commits at
 * least one transaction; the ratio to it is thus comparable from one machine to another.
 */
final class Pgbench {

    static final String INSERT = "INSERT INTO bench_one_row_insert (id, payload) VALUES (gen_random_uuid(), md5(random()::text));";

    /** pgbench 14 and later print the first form, older ones the second. */
    private static final Pattern TPS = Pattern.compile(
            "tps = ([0-9]+(?:\\.[0-9]+)?) \\((?:without initial connection time|excluding connections establishing)\\)");
    private static final int DEFAULT_PORT = 5432;

    private Pgbench() {
    }

    record Result(String commandLine, double transactionsPerSecond) {
    }

    static Result run(BenchmarkSettings settings, String databaseUrl, JdbcClient jdbc)
            throws IOException, InterruptedException {
        jdbc.sql("CREATE TABLE bench_one_row_insert (id uuid PRIMARY KEY, payload text NOT NULL)").update();
        Path script = Files.createTempFile("kine-bench-insert", ".sql");
        try {
            Files.writeString(script, INSERT + "\n");
            List<String> command = command(settings, databaseUrl, script);
            return new Result(String.join(" ", command), transactionsPerSecond(execute(command, settings)));
        } finally {
            Files.delete(script);
        }
    }

    private static List<String> command(BenchmarkSettings settings, String databaseUrl, Path script) {
        URI server = URI.create(databaseUrl.substring("jdbc:".length()));
        int port = server.getPort() < 0 ? DEFAULT_PORT : server.getPort();
        // one pgbench thread per core, so pgbench's own client work is not what limits it
        int threads = Math.min(settings.senders(), Runtime.getRuntime().availableProcessors());
        return List.of(settings.pgbench(), "-n", "-h", server.getHost(), "-p", String.valueOf(port),
                "-U", settings.databaseUser(), "-c", String.valueOf(settings.senders()), "-j", String.valueOf(threads),
                "-T", String.valueOf(settings.pgbenchSeconds()), "-f", script.toString(), server.getPath().substring(1));
    }

    private static String execute(List<String> command, BenchmarkSettings settings)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!settings.databasePassword().isEmpty()) {
            builder.environment().put("PGPASSWORD", settings.databasePassword());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return output;
    }

    private static double transactionsPerSecond(String output) {
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("No tps figure in pgbench's output:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
