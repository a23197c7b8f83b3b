package io.kine.infra.config.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database created for one test run on a given server and dropped when the JVM ends, so
 * runs never see each other's data, even on a shared PostgreSQL.
 */
final class ThrowawayDatabase {

    private static String url;

    private ThrowawayDatabase() {
    }

    static synchronized String on(String serverUrl, String user, String password) {
        if (url == null) {
            String name = "kine_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(serverUrl, user, password, "CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"),
                    "throwaway-database-drop"));
            url = withDatabase(serverUrl, name);
        }
        return url;
    }

    /** Replaces the database part of {@code jdbc:postgresql://host:port/db?params}. */
    static String withDatabase(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + params;
    }

    private static void execute(String serverUrl, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + serverUrl, e);
        }
    }
}
