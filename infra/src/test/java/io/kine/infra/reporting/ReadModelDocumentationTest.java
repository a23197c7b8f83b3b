package io.kine.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.KineIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read model is a product for analysts: every table and column says what it holds, in the database and in the docs. */
@KineIntegrationTest
class ReadModelDocumentationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void everyReadModelTableHasAComment() {
        assertThat(jdbc.sql("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'read_model' AND c.relkind = 'r' AND obj_description(c.oid, 'pg_class') IS NULL
                """).query(String.class).list()).isEmpty();
    }

    @Test
    void everyReadModelColumnHasAComment() {
        assertThat(jdbc.sql("""
                SELECT c.relname || '.' || a.attname FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'read_model' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
                  AND col_description(c.oid, a.attnum) IS NULL
                ORDER BY 1
                """).query(String.class).list()).isEmpty();
    }

    @Test
    void theDataDictionaryNamesEveryReadModelTable() throws IOException {
        String dictionary = Files.readString(Path.of("../docs/data-dictionary.md"));
        List<String> tables = jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'read_model' ORDER BY 1")
                .query(String.class).list();

        assertThat(tables).isNotEmpty()
                .allSatisfy(table -> assertThat(Pattern.compile("read_model\\." + table + "(?![a-z_])").matcher(dictionary)
                        .find()).as(table).isTrue());
    }
}
