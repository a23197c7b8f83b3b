package io.kine.infra.reporting;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Copies of a projection's tables in the shadow schema of each live schema
 * ({@code read_model_rebuild} for {@code read_model}, {@code clinical_rebuild} for
 * {@code clinical}), and the swap that puts them in place of the live ones in one transaction:
 * indexes and constraints keep their names, foreign keys (also those of other tables pointing
 * at a swapped one), table comments and SELECT grants are carried over. Table names come from
 * {@link ProjectionCatalog}, never from a request.
 */
final class ShadowTables {

    private static final Pattern INDEX_NAME = Pattern.compile("INDEX \\S+ ON \\S+?\\.");

    private final JdbcClient jdbc;

    ShadowTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A catalog entry, {@code schema.table}, split. */
    record Table(String schema, String name) {

        static Table of(String qualified) {
            int dot = qualified.indexOf('.');
            if (dot < 0 || !ProjectionCatalog.SCHEMAS.contains(qualified.substring(0, dot))) {
                throw new IllegalArgumentException("Not a projected table: " + qualified);
            }
            return new Table(qualified.substring(0, dot), qualified.substring(dot + 1));
        }

        String live() {
            return schema + "." + name;
        }

        String shadow() {
            return shadowOf(schema) + "." + name;
        }
    }

    static String shadowOf(String schema) {
        return schema + "_rebuild";
    }

    /** Empty copies with the live tables' columns, defaults, checks, indexes and column comments. */
    void create(List<String> tables) {
        drop(tables);
        for (String qualified : tables) {
            Table table = Table.of(qualified);
            jdbc.sql("CREATE TABLE " + table.shadow() + " (LIKE " + table.live() + " INCLUDING ALL)").update();
        }
    }

    /**
     * Planner statistics for the filled copies. Statistics belong to the table, not its name,
     * so they move with the swap; without them the first queries after a swap plan for empty
     * tables (measured: revenue over a 5-year clinic took a second until autovacuum analyzed).
     */
    void analyze(List<String> tables) {
        for (String qualified : tables) {
            jdbc.sql("ANALYZE " + Table.of(qualified).shadow()).update();
        }
    }

    void drop(List<String> tables) {
        for (String qualified : tables) {
            jdbc.sql("DROP TABLE IF EXISTS " + Table.of(qualified).shadow() + " CASCADE").update();
        }
    }

    /** Must run inside a transaction: readers see either the old tables or the new ones. */
    void swap(List<String> tables) {
        List<Map<String, Object>> foreignKeys = foreignKeys(tables);
        DependentViews dependentViews = new DependentViews(jdbc);
        List<DependentViews.View> views = dependentViews.of(
                tables.stream().map(qualified -> Table.of(qualified).live()).toArray(String[]::new));
        for (String qualified : tables) {
            Table table = Table.of(qualified);
            String comment = jdbc.sql("SELECT obj_description(CAST(:t AS regclass), 'pg_class')")
                    .param("t", table.live()).query(String.class).optional().orElse(null);
            List<Map<String, Object>> indexes = indexes(table.schema(), table.name());
            List<Map<String, Object>> grants = privileges(table);
            jdbc.sql("DROP TABLE " + table.live() + " CASCADE").update();
            // The shadow schema may give default privileges (read_model_rebuild does, to analysts):
            // the table moves in with exactly the grants its live predecessor had.
            jdbc.sql("ALTER TABLE " + table.shadow() + " SET SCHEMA " + table.schema()).update();
            revokeOthers(table);
            renameIndexes(table, indexes);
            if (comment != null) {
                jdbc.sql("COMMENT ON TABLE " + table.live() + " IS '" + comment.replace("'", "''") + "'").update();
            }
            for (Map<String, Object> grant : grants) {
                jdbc.sql("GRANT " + grant.get("privilege_type") + " ON " + table.live() + " TO "
                        + role((String) grant.get("grantee"))).update();
            }
        }
        for (Map<String, Object> key : foreignKeys) {
            jdbc.sql("ALTER TABLE " + key.get("owner") + " ADD CONSTRAINT " + key.get("conname") + " "
                    + key.get("definition")).update();
        }
        dependentViews.restore(views);
    }

    /**
     * Foreign keys of the swapped tables and those of any other table pointing at one (say a
     * command-side table referring to clinical.attachment): DROP ... CASCADE removes them,
     * they are added again once the new tables are in place.
     */
    private List<Map<String, Object>> foreignKeys(List<String> tables) {
        String[] oids = tables.stream().map(qualified -> Table.of(qualified).live()).toArray(String[]::new);
        return jdbc.sql("""
                SELECT conname, conrelid::regclass::text AS owner, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint
                WHERE contype = 'f' AND (conrelid = ANY (CAST(:tables AS regclass[]))
                                         OR confrelid = ANY (CAST(:tables AS regclass[])))
                """).param("tables", oids).query().listOfRows();
    }

    /** Privileges on a table given to roles other than the application's own. */
    private List<Map<String, Object>> privileges(Table table) {
        return jdbc.sql("""
                SELECT DISTINCT grantee, privilege_type FROM information_schema.role_table_grants
                WHERE table_schema = :s AND table_name = :t AND grantee <> current_user
                """).param("s", table.schema()).param("t", table.name()).query().listOfRows();
    }

    private void revokeOthers(Table table) {
        for (Map<String, Object> grant : privileges(table)) {
            jdbc.sql("REVOKE ALL ON " + table.live() + " FROM " + role((String) grant.get("grantee"))).update();
        }
    }

    private static String role(String grantee) {
        return grantee.equals("PUBLIC") ? grantee : "\"" + grantee.replace("\"", "\"\"") + "\"";
    }

    private void renameIndexes(Table table, List<Map<String, Object>> originals) {
        for (Map<String, Object> index : indexes(table.schema(), table.name())) {
            String shape = shape((String) index.get("indexdef"));
            originals.stream().filter(original -> shape.equals(shape((String) original.get("indexdef"))))
                    .map(original -> (String) original.get("indexname"))
                    .filter(name -> !name.equals(index.get("indexname")))
                    .findFirst()
                    .ifPresent(name -> jdbc.sql("ALTER INDEX " + table.schema() + ".\"" + index.get("indexname")
                            + "\" RENAME TO \"" + name + "\"").update());
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
