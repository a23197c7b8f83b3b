package io.kine.query.reporting;

import io.kine.kernel.clinical.VisitStarted;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Visits and episodes of care as the KPIs count them ({@code kpi_visit}, {@code kpi_case}). A
 * visit is a clinical visit, or a completed appointment no clinical visit was recorded for; the
 * first clinical visit of an appointment takes over the appointment's row, so a visit documented
 * after the appointment was completed is counted once. Rows are derived from the facts, so
 * applying an event twice changes nothing.
 */
final class KpiVisits {

    private final JdbcClient jdbc;

    KpiVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Brings the appointment's row in line with its facts: a completed appointment is a visit
     * (at its day, practitioner and location unless a clinical visit says otherwise), an
     * appointment no longer completed is not. Returns true when a row changed.
     */
    boolean appointmentChanged(UUID appointmentId) {
        int removed = jdbc.sql("""
                DELETE FROM read_model.kpi_visit v USING read_model.kpi_appointment a
                WHERE v.appointment_id = :id AND a.appointment_id = :id AND v.visit_id IS NULL
                  AND a.status <> 'COMPLETED'
                """).param("id", appointmentId).update();
        int written = jdbc.sql("""
                INSERT INTO read_model.kpi_visit (visit_key, organization_id, patient_id, practitioner_id, location_id,
                    day, appointment_id)
                SELECT appointment_id, organization_id, patient_id, practitioner_id, location_id, day, appointment_id
                FROM read_model.kpi_appointment WHERE appointment_id = :id AND status = 'COMPLETED'
                ON CONFLICT (appointment_id) DO UPDATE SET
                    location_id = EXCLUDED.location_id,
                    practitioner_id = CASE WHEN read_model.kpi_visit.visit_id IS NULL
                        THEN EXCLUDED.practitioner_id ELSE read_model.kpi_visit.practitioner_id END,
                    day = CASE WHEN read_model.kpi_visit.visit_id IS NULL
                        THEN EXCLUDED.day ELSE read_model.kpi_visit.day END
                WHERE (read_model.kpi_visit.location_id, read_model.kpi_visit.practitioner_id, read_model.kpi_visit.day)
                    IS DISTINCT FROM (EXCLUDED.location_id, CASE WHEN read_model.kpi_visit.visit_id IS NULL
                        THEN EXCLUDED.practitioner_id ELSE read_model.kpi_visit.practitioner_id END,
                        CASE WHEN read_model.kpi_visit.visit_id IS NULL
                        THEN EXCLUDED.day ELSE read_model.kpi_visit.day END)
                """).param("id", appointmentId).update();
        return removed + written > 0;
    }

    /** Records a clinical visit; false when it was already recorded. */
    boolean visitStarted(VisitStarted event) {
        UUID visitId = event.visitId().value();
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM read_model.kpi_visit WHERE visit_id = :id)")
                .param("id", visitId).query(Boolean.class).single();
        if (known) {
            return false;
        }
        UUID appointmentId = event.appointmentId() == null ? null : event.appointmentId().value();
        if (appointmentId != null && jdbc.sql("""
                UPDATE read_model.kpi_visit SET visit_id = :visitId, case_id = :caseId,
                    practitioner_id = :practitionerId, day = :day
                WHERE appointment_id = :appointmentId AND visit_id IS NULL
                """)
                .param("visitId", visitId).param("caseId", event.caseId().value())
                .param("practitionerId", event.practitionerId().value()).param("day", event.visitedOn())
                .param("appointmentId", appointmentId).update() == 1) {
            return true;
        }
        jdbc.sql("""
                INSERT INTO read_model.kpi_visit (visit_key, organization_id, patient_id, practitioner_id, location_id,
                    day, visit_id, appointment_id, case_id)
                VALUES (:visitId, :organizationId, :patientId, :practitionerId,
                    (SELECT location_id FROM read_model.kpi_appointment WHERE appointment_id = :appointmentId),
                    :day, :visitId,
                    CASE WHEN EXISTS (SELECT 1 FROM read_model.kpi_visit WHERE appointment_id = :appointmentId)
                         THEN NULL ELSE CAST(:appointmentId AS uuid) END,
                    :caseId)
                """)
                .param("visitId", visitId).param("organizationId", event.organizationId().value())
                .param("patientId", event.patientId().value()).param("practitionerId", event.practitionerId().value())
                .param("day", event.visitedOn()).param("appointmentId", appointmentId)
                .param("caseId", event.caseId().value())
                .update();
        return true;
    }

    void caseOpened(UUID caseId, UUID organizationId, UUID patientId, UUID practitionerId, LocalDate openedOn,
            long version) {
        jdbc.sql("""
                INSERT INTO read_model.kpi_case (case_id, organization_id, patient_id, practitioner_id, opened_on, version)
                VALUES (:caseId, :organizationId, :patientId, :practitionerId, :openedOn, :version)
                ON CONFLICT (case_id) DO NOTHING
                """)
                .param("caseId", caseId).param("organizationId", organizationId).param("patientId", patientId)
                .param("practitionerId", practitionerId).param("openedOn", openedOn).param("version", version)
                .update();
    }

    /** Closes (a day) or reopens (null) the case; false when this or a later event was applied. */
    boolean closedOn(UUID caseId, LocalDate closedOn, long version) {
        return jdbc.sql("""
                UPDATE read_model.kpi_case SET closed_on = :closedOn, version = :version
                WHERE case_id = :caseId AND version < :version
                """)
                .param("caseId", caseId).param("closedOn", closedOn).param("version", version).update() == 1;
    }

    boolean reassigned(UUID caseId, UUID practitionerId, long version) {
        return jdbc.sql("""
                UPDATE read_model.kpi_case SET practitioner_id = :practitionerId, version = :version
                WHERE case_id = :caseId AND version < :version
                """)
                .param("caseId", caseId).param("practitionerId", practitionerId).param("version", version)
                .update() == 1;
    }

    /** The case's visit count and the location of its latest visit held at a location. */
    void recountCase(UUID caseId) {
        jdbc.sql("""
                UPDATE read_model.kpi_case c SET
                    visits = (SELECT count(*) FROM read_model.kpi_visit v WHERE v.case_id = c.case_id),
                    location_id = (SELECT v.location_id FROM read_model.kpi_visit v
                                   WHERE v.case_id = c.case_id AND v.location_id IS NOT NULL
                                   ORDER BY v.day DESC, v.visit_key LIMIT 1)
                WHERE c.case_id = :caseId
                """).param("caseId", caseId).update();
    }

    /** The time zone a case's days are counted in: its latest visit's location's, else the organization's first. */
    String caseZone(UUID caseId, UUID organizationId) {
        return jdbc.sql("""
                SELECT l.time_zone FROM read_model.kpi_location l
                WHERE l.organization_id = :organizationId
                ORDER BY l.location_id = (SELECT location_id FROM read_model.kpi_case WHERE case_id = :caseId)
                    DESC NULLS LAST, l.location_id
                LIMIT 1
                """).param("organizationId", organizationId).param("caseId", caseId)
                .query(String.class).optional().orElse(null);
    }

    /** The case of the clinical visit recorded for the appointment, if any. */
    Optional<UUID> caseOfAppointment(UUID appointmentId) {
        return jdbc.sql("SELECT case_id FROM read_model.kpi_visit WHERE appointment_id = :id AND case_id IS NOT NULL")
                .param("id", appointmentId).query(UUID.class).optional();
    }

    /** A patient's first visit; any visit row of the patient can change it. */
    void recomputeFirstVisit(UUID patientId) {
        jdbc.sql("DELETE FROM read_model.patient_first_visit WHERE patient_id = :patientId")
                .param("patientId", patientId).update();
        jdbc.sql("""
                INSERT INTO read_model.patient_first_visit (patient_id, organization_id, first_visit_on,
                    practitioner_id, location_id)
                SELECT patient_id, organization_id, day, practitioner_id, location_id
                FROM read_model.kpi_visit
                WHERE patient_id = :patientId
                ORDER BY day, visit_key
                LIMIT 1
                """)
                .param("patientId", patientId).update();
    }
}
