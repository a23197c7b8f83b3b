package io.kine.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kine.infra.KineIntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An analyst's login, member of kine_analyst as README tells the administrator to create it,
 * connects to the database for real and reads read_model, and nothing else.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystRoleTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    final String login = "analyst_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final String password = UUID.randomUUID().toString();
    String url;

    @BeforeAll
    void anAnalystLogin() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // the application's own user may travel in the URL: drop it, the analyst logs in as themselves
            url = connection.getMetaData().getURL().replaceAll("([?&])(user|password)=[^&]*", "$1");
            assertThat(connection.getMetaData().getUserName()).isNotEqualTo(login);
        }
        jdbc.sql("CREATE ROLE " + login + " LOGIN PASSWORD '" + password + "' IN ROLE kine_analyst").update();
    }

    @AfterAll
    void dropTheLogin() {
        jdbc.sql("DROP ROLE IF EXISTS " + login).update();
    }

    @Test
    void connectsAsTheAnalystNotAsTheApplication() throws SQLException {
        try (Connection analyst = DriverManager.getConnection(url, login, password);
                Statement statement = analyst.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_user")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(login);
        }
    }

    @Test
    void kineAnalystIsAGroupRoleThatCannotLogIn() {
        assertThat(jdbc.sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'kine_analyst'").query(Boolean.class)
                .single()).isFalse();
    }

    @Test
    void readsEveryReadModelTable() throws SQLException {
        try (Connection analyst = DriverManager.getConnection(url, login, password);
                Statement statement = analyst.createStatement()) {
            for (String table : jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'read_model'")
                    .query(String.class).list()) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM read_model." + table)) {
                    assertThat(rows.next()).as(table).isTrue();
                }
            }
        }
    }

    @Test
    void cannotReadTheEventStoreTheCredentialsNorTheCommandSide() throws SQLException {
        try (Connection analyst = DriverManager.getConnection(url, login, password);
                Statement statement = analyst.createStatement()) {
            for (String table : new String[] {"domain_event_entry", "snapshot_event_entry", "token_entry",
                    "identity.user_login", "command_model.booked_slot", "audit.chart_access"}) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + table + " LIMIT 1"))
                        .as(table).isInstanceOf(SQLException.class)
                        .satisfies(denied -> assertThat(((SQLException) denied).getSQLState()).isEqualTo("42501"));
            }
        }
    }

    @Test
    void cannotChangeTheReadModel() throws SQLException {
        try (Connection analyst = DriverManager.getConnection(url, login, password);
                Statement statement = analyst.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM read_model.patient"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(denied -> assertThat(((SQLException) denied).getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void tablesCreatedLaterInReadModelAreReadableToo() throws SQLException {
        String table = "later_" + login;
        jdbc.sql("CREATE TABLE read_model." + table + " (id INTEGER)").update();
        try (Connection analyst = DriverManager.getConnection(url, login, password);
                Statement statement = analyst.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM read_model." + table)) {
            assertThat(rows.next()).isTrue();
        } finally {
            jdbc.sql("DROP TABLE read_model." + table).update();
        }
    }
}
