package io.kine.query.reporting;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The filter every KPI query shares: one organization, local days [from, to], optionally one
 * location and one practitioner. Column names are fixed by the callers, never user input.
 */
record KpiSql(UUID organizationId, LocalDate from, LocalDate to, UUID locationId, UUID practitionerId) {

    String where(String dayColumn) {
        return whereOrganization() + " AND " + dayColumn + " BETWEEN :from AND :to ";
    }

    /** The organization, location and practitioner, whatever the day. */
    String whereOrganization() {
        StringBuilder where = new StringBuilder(" WHERE organization_id = :organizationId");
        if (locationId != null) {
            where.append(" AND location_id = :locationId");
        }
        if (practitionerId != null) {
            where.append(" AND practitioner_id = :practitionerId");
        }
        return where.append(' ').toString();
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        spec = spec.param("organizationId", organizationId).param("from", from).param("to", to);
        if (locationId != null) {
            spec = spec.param("locationId", locationId);
        }
        if (practitionerId != null) {
            spec = spec.param("practitionerId", practitionerId);
        }
        return spec;
    }

    KpiSql from(LocalDate newFrom) {
        return new KpiSql(organizationId, newFrom, to, locationId, practitionerId);
    }
}
