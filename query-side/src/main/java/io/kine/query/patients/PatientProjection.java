package io.kine.query.patients;

import io.kine.kernel.patients.PatientArchived;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientDetailsUpdated;
import io.kine.kernel.patients.PatientErased;
import io.kine.kernel.patients.PatientRegistered;
import io.kine.kernel.patients.PatientRestored;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read_model.patient} in step with the patients' events. Every write is guarded
 * by the event's sequence number, so a replay or a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(PatientProjection.PROCESSING_GROUP)
class PatientProjection {

    static final String PROCESSING_GROUP = "patient";
    /** What erased personal data reads as, the same word the event serializer gives. */
    static final String ERASED = "[erased]";

    private final JdbcClient jdbc;

    PatientProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.sql("""
                INSERT INTO read_model.patient (patient_id, organization_id, registered_at, updated_at, version,
                    first_name, last_name, date_of_birth, sex, phone, email, street, postal_code, city, country,
                    insurer, policy_number, name_key, search_text)
                VALUES (:patientId, :organizationId, :at, :at, :version,
                    :firstName, :lastName, :dateOfBirth, :sex, :phone, :email, :street, :postalCode, :city, :country,
                    :insurer, :policyNumber, :nameKey, :searchText)
                ON CONFLICT (patient_id) DO NOTHING
                """)
                .param("patientId", event.patientId().value())
                .param("organizationId", event.organizationId().value())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .params(detailColumns(event.details()))
                .update();
    }

    @EventHandler
    void on(PatientDetailsUpdated event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.sql("""
                UPDATE read_model.patient SET first_name = :firstName, last_name = :lastName,
                    date_of_birth = :dateOfBirth, sex = :sex, phone = :phone, email = :email, street = :street,
                    postal_code = :postalCode, city = :city, country = :country, insurer = :insurer,
                    policy_number = :policyNumber, name_key = :nameKey, search_text = :searchText,
                    updated_at = :at, version = :version
                WHERE patient_id = :patientId AND version < :version
                """)
                .param("patientId", event.patientId().value())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .params(detailColumns(event.details()))
                .update();
    }

    @EventHandler
    void on(PatientArchived event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        setArchived(event.patientId().value(), true, version, occurredAt);
    }

    @EventHandler
    void on(PatientRestored event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        setArchived(event.patientId().value(), false, version, occurredAt);
    }

    /**
     * The key is gone: the row keeps dates, sex and status, its personal columns read
     * "[erased]" exactly as a replay of the (now unreadable) events would write them.
     */
    @EventHandler
    void on(PatientErased event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.sql("""
                UPDATE read_model.patient SET first_name = :erased, last_name = :erased, date_of_birth = NULL,
                    phone = :erased, email = :erased, street = :erased, postal_code = :erased, city = :erased,
                    country = :erased, insurer = :erased, policy_number = :erased, name_key = :nameKey,
                    search_text = :searchText, archived = TRUE, updated_at = :at, version = :version
                WHERE patient_id = :patientId AND version < :version
                """)
                .param("erased", ERASED)
                .param("nameKey", SearchText.nameKey(ERASED, ERASED))
                .param("searchText", SearchText.forPatient(ERASED, ERASED, ERASED, ERASED))
                .param("patientId", event.patientId().value())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.patient").update();
    }

    private void setArchived(UUID patientId, boolean archived, long version, Instant occurredAt) {
        jdbc.sql("""
                UPDATE read_model.patient SET archived = :archived, updated_at = :at, version = :version
                WHERE patient_id = :patientId AND version < :version
                """)
                .param("patientId", patientId)
                .param("archived", archived)
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    /** The columns every event carrying a patient's full details writes. */
    private static Map<String, Object> detailColumns(PatientDetails d) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("firstName", d.firstName());
        columns.put("lastName", d.lastName());
        columns.put("dateOfBirth", d.dateOfBirth() == null ? null : java.sql.Date.valueOf(d.dateOfBirth()));
        columns.put("sex", d.sex().name());
        columns.put("phone", d.phone());
        columns.put("email", d.email());
        columns.put("street", d.address().street());
        columns.put("postalCode", d.address().postalCode());
        columns.put("city", d.address().city());
        columns.put("country", d.address().country());
        columns.put("insurer", d.insurance().insurer());
        columns.put("policyNumber", d.insurance().policyNumber());
        columns.put("nameKey", SearchText.nameKey(d.firstName(), d.lastName()));
        columns.put("searchText", SearchText.forPatient(d.firstName(), d.lastName(), d.phone(), d.email()));
        return columns;
    }
}
