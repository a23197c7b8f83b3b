package io.kine.infra.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Views built on a projection's tables (billing's {@code read_model.invoice_aging} on
 * {@code invoice}, say). Swapping a table in drops its predecessor with CASCADE, which takes
 * such views with it: they are read before the swap and created again, with their comments
 * and grants, on the new tables.
 */
final class DependentViews {

    /** A view as it stood before the swap. */
    record View(String name, String definition, String comment, Map<String, String> columnComments,
            List<Map<String, Object>> grants) {
    }

    private final JdbcClient jdbc;

    DependentViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<View> of(String[] liveTables) {
        List<Map<String, Object>> views = jdbc.sql("""
                SELECT DISTINCT v.oid, n.nspname AS schema, v.relname AS name, pg_get_viewdef(v.oid) AS definition,
                       obj_description(v.oid, 'pg_class') AS comment
                FROM pg_depend d
                JOIN pg_rewrite r ON r.oid = d.objid
                JOIN pg_class v ON v.oid = r.ev_class
                JOIN pg_namespace n ON n.oid = v.relnamespace
                WHERE d.refobjid = ANY (CAST(:tables AS regclass[])) AND v.relkind = 'v' AND v.oid <> d.refobjid
                ORDER BY v.oid
                """).param("tables", liveTables).query().listOfRows();
        return views.stream().map(this::view).toList();
    }

    void restore(List<View> views) {
        for (View view : views) {
            jdbc.sql("CREATE VIEW " + view.name() + " AS " + view.definition()).update();
            if (view.comment() != null) {
                jdbc.sql("COMMENT ON VIEW " + view.name() + " IS " + literal(view.comment())).update();
            }
            view.columnComments().forEach((column, comment) -> jdbc.sql("COMMENT ON COLUMN " + view.name() + ".\""
                    + column.replace("\"", "\"\"") + "\" IS " + literal(comment)).update());
            for (Map<String, Object> grant : view.grants()) {
                String grantee = (String) grant.get("grantee");
                jdbc.sql("GRANT " + grant.get("privilege_type") + " ON " + view.name() + " TO "
                        + (grantee.equals("PUBLIC") ? grantee : "\"" + grantee.replace("\"", "\"\"") + "\"")).update();
            }
        }
    }

    private View view(Map<String, Object> row) {
        String schema = (String) row.get("schema");
        String name = (String) row.get("name");
        Map<String, String> columnComments = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.attname, col_description(a.attrelid, a.attnum) AS comment
                FROM pg_attribute a WHERE a.attrelid = CAST(:oid AS oid) AND a.attnum > 0 AND NOT a.attisdropped
                  AND col_description(a.attrelid, a.attnum) IS NOT NULL ORDER BY a.attnum
                """).param("oid", row.get("oid")).query().listOfRows()
                .forEach(column -> columnComments.put((String) column.get("attname"), (String) column.get("comment")));
        List<Map<String, Object>> grants = jdbc.sql("""
                SELECT DISTINCT grantee, privilege_type FROM information_schema.role_table_grants
                WHERE table_schema = :s AND table_name = :t AND grantee <> current_user
                """).param("s", schema).param("t", name).query().listOfRows();
        return new View(schema + "." + name, (String) row.get("definition"), (String) row.get("comment"),
                columnComments, grants);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
