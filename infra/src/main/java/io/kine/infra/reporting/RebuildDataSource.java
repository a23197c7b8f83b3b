package io.kine.infra.reporting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source seen by a projection being rebuilt: every SQL text it sends
 * names {@code read_model_rebuild.} where it said {@code read_model.}, so the projection's own
 * unchanged code fills the shadow tables while the live tables keep serving.
 */
final class RebuildDataSource extends DelegatingDataSource {

    static final String LIVE = "read_model.";
    static final String SHADOW = "read_model_rebuild.";

    RebuildDataSource(DataSource target) {
        super(target);
    }

    static String rewrite(String sql) {
        return sql.replace(LIVE, SHADOW);
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
    private static <T> T wrap(T target, Class<T> type) {
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
