package io.kine.infra.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who opened which patient's chart, newest first, with the browser's filters (patient, actor,
 * period) and keyset paging on (accessed_at, access_id), the order of its indexes.
 */
@Component
public class AccessLogBrowser {

    /** One opening of a chart. */
    public record Access(long accessId, Instant accessedAt, UUID actorId, String actorName, String actorRoles,
            UUID patientId, String patientName, String subjectKind, String subjectId, String channel,
            String requestId, String clientAddress) {
    }

    /** The filters; all optional but the organization. {@code before} is the last access id of the previous page. */
    public record Filter(UUID organizationId, UUID patientId, UUID actorId, Instant from, Instant to, Long before) {
    }

    public record Page(List<Access> entries, Long olderCursor) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final EventHistory history;

    AccessLogBrowser(NamedParameterJdbcTemplate jdbc, EventHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    public Page page(Filter filter, int size) {
        int limit = Math.max(1, Math.min(size, AuditEvents.MAX_PAGE_SIZE));
        MapSqlParameterSource parameters = new MapSqlParameterSource("org", filter.organizationId());
        StringBuilder where = new StringBuilder("a.organization_id = :org");
        if (filter.patientId() != null) {
            where.append(" AND a.patient_id = :patient");
            parameters.addValue("patient", filter.patientId());
        }
        if (filter.actorId() != null) {
            where.append(" AND a.actor_id = :actor");
            parameters.addValue("actor", filter.actorId());
        }
        if (filter.from() != null) {
            where.append(" AND a.accessed_at >= :from");
            parameters.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND a.accessed_at < :to");
            parameters.addValue("to", Timestamp.from(filter.to()));
        }
        if (filter.before() != null) {
            where.append(" AND (a.accessed_at, a.access_id) < (SELECT b.accessed_at, b.access_id FROM audit.chart_access b"
                    + " WHERE b.access_id = :before)");
            parameters.addValue("before", filter.before());
        }
        parameters.addValue("limit", limit + 1);
        Map<String, String> names = new HashMap<>();
        List<Access> rows = new ArrayList<>(jdbc.query("""
                SELECT a.*, p.first_name, p.last_name FROM audit.chart_access a
                LEFT JOIN read_model.patient p ON p.patient_id = a.patient_id
                WHERE %s ORDER BY a.accessed_at DESC, a.access_id DESC LIMIT :limit
                """.formatted(where), parameters, (row, n) -> new Access(row.getLong("access_id"),
                row.getTimestamp("accessed_at").toInstant(), row.getObject("actor_id", UUID.class),
                names.computeIfAbsent(row.getString("actor_id"), history::actorName), row.getString("actor_roles"),
                row.getObject("patient_id", UUID.class), name(row.getString("first_name"), row.getString("last_name")),
                row.getString("subject_kind"), row.getString("subject_id"), row.getString("channel"),
                row.getString("request_id"), row.getString("client_address"))));
        boolean more = rows.size() > limit;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        return new Page(rows, more ? rows.get(rows.size() - 1).accessId() : null);
    }

    private static String name(String first, String last) {
        return first == null ? null : first + " " + last;
    }
}
