package io.kine.infra.reporting;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Copies of a projection's tables in {@code read_model_rebuild}, and the swap that puts them
 * in place of the live ones in one transaction: indexes and constraints keep their names,
 * foreign keys, table comments and analysts' grants are carried over. Table names come from
 * {@link ProjectionCatalog}, never from a request.
 */
final class ShadowTables {

    private static final Pattern INDEX_NAME = Pattern.compile("INDEX \\S+ ON \\S+?\\.");

    private final JdbcClient jdbc;

    ShadowTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty copies with the live tables' columns, defaults, checks, indexes and column comments. */
    void create(List<String> tables) {
        drop(tables);
        for (String table : tables) {
            jdbc.sql("CREATE TABLE read_model_rebuild." + table + " (LIKE read_model." + table + " INCLUDING ALL)")
                    .update();
        }
    }

    void drop(List<String> tables) {
        for (String table : tables) {
            jdbc.sql("DROP TABLE IF EXISTS read_model_rebuild." + table + " CASCADE").update();
        }
    }

    /** Must run inside a transaction: readers see either the old tables or the new ones. */
    void swap(List<String> tables) {
        List<String> qualified = tables.stream().map(table -> "read_model." + table).toList();
        List<Map<String, Object>> foreignKeys = jdbc.sql("""
                SELECT conname, conrelid::regclass::text AS owner, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint
                WHERE contype = 'f' AND (conrelid::regclass::text = ANY (:tables) OR confrelid::regclass::text = ANY (:tables))
                """).param("tables", qualified.toArray(String[]::new)).query().listOfRows();
        for (String table : tables) {
            String comment = jdbc.sql("SELECT obj_description(CAST(:t AS regclass), 'pg_class')")
                    .param("t", "read_model." + table).query(String.class).optional().orElse(null);
            List<Map<String, Object>> indexes = indexes("read_model", table);
            List<Map<String, Object>> grants = jdbc.sql("""
                    SELECT DISTINCT grantee FROM information_schema.role_table_grants
                    WHERE table_schema = 'read_model' AND table_name = :t AND privilege_type = 'SELECT'
                      AND grantee <> current_user
                    """).param("t", table).query().listOfRows();
            jdbc.sql("DROP TABLE read_model." + table + " CASCADE").update();
            jdbc.sql("ALTER TABLE read_model_rebuild." + table + " SET SCHEMA read_model").update();
            renameIndexes(table, indexes);
            if (comment != null) {
                jdbc.sql("COMMENT ON TABLE read_model." + table + " IS '" + comment.replace("'", "''") + "'").update();
            }
            for (Map<String, Object> grant : grants) {
                jdbc.sql("GRANT SELECT ON read_model." + table + " TO \"" + grant.get("grantee") + "\"").update();
            }
        }
        for (Map<String, Object> key : foreignKeys) {
            jdbc.sql("ALTER TABLE " + key.get("owner") + " ADD CONSTRAINT " + key.get("conname") + " "
                    + key.get("definition")).update();
        }
    }

    private void renameIndexes(String table, List<Map<String, Object>> originals) {
        for (Map<String, Object> index : indexes("read_model", table)) {
            String shape = shape((String) index.get("indexdef"));
            originals.stream().filter(original -> shape.equals(shape((String) original.get("indexdef"))))
                    .map(original -> (String) original.get("indexname"))
                    .filter(name -> !name.equals(index.get("indexname")))
                    .findFirst()
                    .ifPresent(name -> jdbc.sql("ALTER INDEX read_model.\"" + index.get("indexname") + "\" RENAME TO \""
                            + name + "\"").update());
        }
    }

    private List<Map<String, Object>> indexes(String schema, String table) {
        return jdbc.sql("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = :s AND tablename = :t")
                .param("s", schema).param("t", table).query().listOfRows();
    }

    /** An index definition without its name and schema, to pair a copy with its original. */
    private static String shape(String definition) {
        return INDEX_NAME.matcher(definition).replaceFirst("INDEX ON ");
    }
}
