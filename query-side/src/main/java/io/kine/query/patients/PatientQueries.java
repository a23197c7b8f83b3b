package io.kine.query.patients;

import io.kine.kernel.patients.FindPatients;
import io.kine.kernel.patients.FindPossibleDuplicatePatients;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientPage;
import io.kine.kernel.patients.PatientSort;
import io.kine.kernel.patients.PatientSummary;
import io.kine.kernel.patients.PatientView;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers questions about patients from {@code read_model.patient}, always within one organization. */
@Component
class PatientQueries {

    /** SQL for each allowed sort; user input never reaches ORDER BY. patient_id makes paging stable. */
    private static final Map<PatientSort, String> ORDER = Map.of(
            PatientSort.LAST_NAME, "lower(last_name) %1$s, lower(first_name) %1$s, patient_id",
            PatientSort.FIRST_NAME, "lower(first_name) %1$s, lower(last_name) %1$s, patient_id",
            PatientSort.DATE_OF_BIRTH, "date_of_birth %1$s, patient_id",
            PatientSort.REGISTERED_AT, "registered_at %1$s, patient_id");

    private final JdbcClient jdbc;

    PatientQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    PatientPage handle(FindPatients query) {
        StringBuilder where = new StringBuilder("organization_id = :organizationId");
        if (!query.includeArchived()) {
            where.append(" AND NOT archived");
        }
        List<String> terms = SearchText.terms(query.search());
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            where.append(" AND search_text LIKE :term").append(i).append(" ESCAPE '\\'");
            patterns.add("%" + escapeLike(terms.get(i)) + "%");
        }
        long total = bind(jdbc.sql("SELECT count(*) FROM read_model.patient WHERE " + where), query, patterns)
                .query(Long.class).single();
        String order = ORDER.get(query.sort()).formatted(query.descending() ? "DESC" : "ASC");
        List<PatientSummary> items = bind(jdbc.sql("SELECT * FROM read_model.patient WHERE " + where
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset"), query, patterns)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(PatientQueries::summary)
                .list();
        return new PatientPage(items, total, query.page(), query.pageSize());
    }

    @QueryHandler
    Optional<PatientView> handle(GetPatient query) {
        return jdbc.sql("SELECT * FROM read_model.patient WHERE patient_id = :patientId AND organization_id = :organizationId")
                .param("patientId", query.patientId().value())
                .param("organizationId", query.organizationId().value())
                .query(PatientQueries::view)
                .optional();
    }

    @QueryHandler
    List<PatientSummary> handle(FindPossibleDuplicatePatients query) {
        if (query.firstName() == null || query.lastName() == null || query.dateOfBirth() == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM read_model.patient
                WHERE organization_id = :organizationId AND date_of_birth = :dateOfBirth
                  AND name_key IN (:nameKey, :swappedNameKey) AND patient_id <> :excluding
                ORDER BY registered_at
                """)
                .param("organizationId", query.organizationId().value())
                .param("dateOfBirth", java.sql.Date.valueOf(query.dateOfBirth()))
                .param("nameKey", SearchText.nameKey(query.firstName(), query.lastName()))
                .param("swappedNameKey", SearchText.nameKey(query.lastName(), query.firstName()))
                .param("excluding", query.excluding() == null ? new UUID(0, 0) : query.excluding().value())
                .query(PatientQueries::summary)
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, FindPatients query, List<String> patterns) {
        JdbcClient.StatementSpec bound = sql.param("organizationId", query.organizationId().value());
        for (int i = 0; i < patterns.size(); i++) {
            bound = bound.param("term" + i, patterns.get(i));
        }
        return bound;
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PatientSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new PatientSummary(new PatientId(row.getObject("patient_id", UUID.class)), row.getString("first_name"),
                row.getString("last_name"), dateOfBirth(row), row.getString("phone"),
                row.getString("email"), row.getBoolean("archived"));
    }

    /** Null once the patient is erased. */
    private static java.time.LocalDate dateOfBirth(ResultSet row) throws SQLException {
        java.sql.Date date = row.getDate("date_of_birth");
        return date == null ? null : date.toLocalDate();
    }

    private static PatientView view(ResultSet row, int rowNumber) throws SQLException {
        PatientDetails details = new PatientDetails(row.getString("first_name"), row.getString("last_name"),
                dateOfBirth(row), Sex.valueOf(row.getString("sex")), row.getString("phone"),
                row.getString("email"),
                new PostalAddress(row.getString("street"), row.getString("postal_code"), row.getString("city"),
                        row.getString("country")),
                new Insurance(row.getString("insurer"), row.getString("policy_number")));
        return new PatientView(new PatientId(row.getObject("patient_id", UUID.class)), details,
                row.getBoolean("archived"), row.getTimestamp("registered_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(), row.getLong("version"));
    }
}
