package io.kine.query.organization;

import io.kine.kernel.organization.LegalIdentifiers;
import io.kine.kernel.organization.LocationClosed;
import io.kine.kernel.organization.LocationDetailsChanged;
import io.kine.kernel.organization.LocationOpened;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationRegistered;
import io.kine.kernel.organization.OrganizationSettingsChanged;
import io.kine.kernel.organization.ResourceAdded;
import io.kine.kernel.organization.ResourceRemoved;
import io.kine.kernel.organization.ResourceRenamed;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read_model.organization}, {@code location} and {@code resource} in step with the
 * Organization aggregate's events. One processing group for the three tables, so they change in
 * the aggregate's order; the organization row's {@code version} is the guard of every write: an
 * event at or below it was already applied, and a replay or redelivery changes nothing.
 */
@Component
@ProcessingGroup(OrganizationProjection.PROCESSING_GROUP)
class OrganizationProjection {

    static final String PROCESSING_GROUP = "organization";

    private final JdbcClient jdbc;

    OrganizationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizationRegistered event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.sql("""
                INSERT INTO read_model.organization (organization_id, name, currency, default_locale,
                    registered_at, updated_at, version)
                VALUES (:organizationId, :name, :currency, :locale, :at, :at, :version)
                ON CONFLICT (organization_id) DO NOTHING
                """)
                .param("organizationId", event.organizationId().value())
                .param("name", event.name())
                .param("currency", event.currency())
                .param("locale", event.defaultLocale().getLanguage())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(OrganizationSettingsChanged event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        if (advance(event.organizationId(), version, occurredAt)) {
            LegalIdentifiers legal = event.legalIdentifiers();
            jdbc.sql("""
                    UPDATE read_model.organization SET name = :name, legal_name = :legalName, siret = :siret,
                        rpps = :rpps, ice = :ice, tax_id = :taxId, trade_register = :tradeRegister,
                        currency = :currency, default_locale = :locale
                    WHERE organization_id = :organizationId
                    """)
                    .param("organizationId", event.organizationId().value())
                    .param("name", event.name())
                    .param("legalName", legal.legalName())
                    .param("siret", legal.siret())
                    .param("rpps", legal.rpps())
                    .param("ice", legal.ice())
                    .param("taxId", legal.taxId())
                    .param("tradeRegister", legal.tradeRegister())
                    .param("currency", event.currency())
                    .param("locale", event.defaultLocale().getLanguage())
                    .update();
        }
    }

    @EventHandler
    void on(LocationOpened event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        if (advance(event.organizationId(), version, occurredAt)) {
            jdbc.sql("""
                    INSERT INTO read_model.location (location_id, organization_id, name, time_zone, opened_at, updated_at)
                    VALUES (:locationId, :organizationId, :name, :timeZone, :at, :at)
                    """)
                    .param("locationId", event.locationId().value())
                    .param("organizationId", event.organizationId().value())
                    .param("name", event.name())
                    .param("timeZone", event.timeZone().getId())
                    .param("at", Timestamp.from(occurredAt))
                    .update();
        }
    }

    @EventHandler
    void on(LocationDetailsChanged event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        if (advance(event.organizationId(), version, occurredAt)) {
            jdbc.sql("""
                    UPDATE read_model.location SET name = :name, street = :street, postal_code = :postalCode,
                        city = :city, country = :country, phone = :phone, time_zone = :timeZone, updated_at = :at
                    WHERE location_id = :locationId
                    """)
                    .param("locationId", event.locationId().value())
                    .param("name", event.details().name())
                    .param("street", event.details().street())
                    .param("postalCode", event.details().postalCode())
                    .param("city", event.details().city())
                    .param("country", event.details().country())
                    .param("phone", event.details().phone())
                    .param("timeZone", event.details().timeZone().getId())
                    .param("at", Timestamp.from(occurredAt))
                    .update();
        }
    }

    @EventHandler
    void on(LocationClosed event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        if (advance(event.organizationId(), version, occurredAt)) {
            jdbc.sql("UPDATE read_model.location SET closed = TRUE, updated_at = :at WHERE location_id = :locationId")
                    .param("locationId", event.locationId().value())
                    .param("at", Timestamp.from(occurredAt))
                    .update();
        }
    }

    @EventHandler
    void on(ResourceAdded event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        if (advance(event.organizationId(), version, occurredAt)) {
            jdbc.sql("""
                    INSERT INTO read_model.resource (resource_id, organization_id, location_id, kind, name, added_at, updated_at)
                    VALUES (:resourceId, :organizationId, :locationId, :kind, :name, :at, :at)
                    """)
                    .param("resourceId", event.resourceId().value())
                    .param("organizationId", event.organizationId().value())
                    .param("locationId", event.locationId().value())
                    .param("kind", event.kind().name())
                    .param("name", event.name())
                    .param("at", Timestamp.from(occurredAt))
                    .update();
        }
    }

    @EventHandler
    void on(ResourceRenamed event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        if (advance(event.organizationId(), version, occurredAt)) {
            jdbc.sql("UPDATE read_model.resource SET name = :name, updated_at = :at WHERE resource_id = :resourceId")
                    .param("resourceId", event.resourceId().value())
                    .param("name", event.name())
                    .param("at", Timestamp.from(occurredAt))
                    .update();
        }
    }

    @EventHandler
    void on(ResourceRemoved event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        if (advance(event.organizationId(), version, occurredAt)) {
            jdbc.sql("DELETE FROM read_model.resource WHERE resource_id = :resourceId")
                    .param("resourceId", event.resourceId().value())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.resource, read_model.location, read_model.organization").update();
    }

    /**
     * Moves the organization's version to this event's; false when the row is already there or
     * beyond, so the caller skips an event it has applied before.
     */
    private boolean advance(OrganizationId organization, long version, Instant occurredAt) {
        return jdbc.sql("""
                UPDATE read_model.organization SET version = :version, updated_at = :at
                WHERE organization_id = :organizationId AND version < :version
                """)
                .param("organizationId", organization.value())
                .param("version", version)
                .param("at", Timestamp.from(occurredAt))
                .update() == 1;
    }
}
