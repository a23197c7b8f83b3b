package io.kine.infra.reporting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source seen by a projection being rebuilt: every SQL text it sends
 * names the shadow copy of each of the projection's tables where it named the live one
 * ({@code read_model_rebuild.visit} for {@code read_model.visit}, {@code clinical_rebuild.visit_note}
 * for {@code clinical.visit_note}), so the projection's own unchanged code fills the shadow
 * tables while the live tables keep serving. Only the projection's own tables are rewritten:
 * anything else it reads (say clinical.attachment_content) stays the live table.
 */
final class RebuildDataSource extends DelegatingDataSource {

    private final Pattern live;

    RebuildDataSource(DataSource target, List<String> tables) {
        super(target);
        // A qualified name of the projection's, not part of a longer name (read_model.visit is
        // not rewritten inside read_model.visit_outcome_measure, which is rewritten on its own).
        this.live = Pattern.compile("(?<![\\w.\"])(?:" + tables.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\w\"])");
    }

    String rewrite(String sql) {
        return live.matcher(sql).replaceAll(match -> {
            ShadowTables.Table table = ShadowTables.Table.of(match.group());
            return Matcher.quoteReplacement(table.shadow());
        });
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection(), Connection.class);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password), Connection.class);
    }

    /** Rewrites the SQL argument of prepareStatement, prepareCall, execute..., and wraps statements it creates. */
    private <T> T wrap(T target, Class<T> type) {
        return type.cast(Proxy.newProxyInstance(RebuildDataSource.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    Object[] rewritten = arguments;
                    if (arguments != null && arguments.length > 0 && arguments[0] instanceof String sql
                            && takesSql(method)) {
                        rewritten = arguments.clone();
                        rewritten[0] = rewrite(sql);
                    }
                    try {
                        Object result = method.invoke(target, rewritten);
                        if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                            return wrap(statement, Statement.class);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    private static boolean takesSql(Method method) {
        String name = method.getName();
        return name.startsWith("prepare") || name.startsWith("execute") || name.equals("addBatch")
                || name.equals("nativeSQL");
    }
}
