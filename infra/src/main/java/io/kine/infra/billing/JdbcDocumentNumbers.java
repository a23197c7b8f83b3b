package io.kine.infra.billing;

import io.kine.command.billing.DocumentNumbers;
import io.kine.kernel.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code command_model.document_number}: one upsert that returns the new number. The row stays
 * locked until the command's transaction ends, so a second issue in the same organization
 * waits, then reads the committed number (or the old one, if the first rolled back): never a
 * duplicate, never a gap.
 */
@Component
class JdbcDocumentNumbers implements DocumentNumbers {

    private final JdbcClient jdbc;

    JdbcDocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next(OrganizationId organization, Series series, int year) {
        return jdbc.sql("""
                INSERT INTO command_model.document_number (organization_id, series, year, last_number)
                VALUES (:organization, :series, :year, 1)
                ON CONFLICT (organization_id, series, year)
                DO UPDATE SET last_number = command_model.document_number.last_number + 1
                RETURNING last_number
                """)
                .param("organization", organization.value())
                .param("series", series.name())
                .param("year", year)
                .query(Long.class)
                .single();
    }
}
