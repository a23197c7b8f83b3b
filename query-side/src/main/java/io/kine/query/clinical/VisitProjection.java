package io.kine.query.clinical;

import io.kine.kernel.clinical.AddendumAdded;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.VisitNoteRevised;
import io.kine.kernel.clinical.VisitNoteSigned;
import io.kine.kernel.clinical.VisitStarted;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visit timeline ({@code read_model.visit}), the measures of each visit's latest note
 * ({@code read_model.visit_outcome_measure}) and the latest note itself
 * ({@code clinical.visit_note}). Dependent rows change only when the visit row accepted the
 * event (its version was older), so replays and redeliveries change nothing.
 */
@Component
@ProcessingGroup(VisitProjection.PROCESSING_GROUP)
class VisitProjection {

    static final String PROCESSING_GROUP = "visit";

    private final JdbcClient jdbc;

    VisitProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VisitStarted event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO read_model.visit (visit_id, organization_id, case_id, patient_id, practitioner_id,
                    appointment_id, visited_on, status, started_at, updated_at, version)
                VALUES (:visitId, :org, :caseId, :patientId, :practitionerId, :appointmentId, :visitedOn, 'DRAFT',
                    :at, :at, :version)
                ON CONFLICT (visit_id) DO NOTHING
                """)
                .param("visitId", event.visitId().value())
                .param("org", event.organizationId().value())
                .param("caseId", event.caseId().value())
                .param("patientId", event.patientId().value())
                .param("practitionerId", event.practitionerId().value())
                .param("appointmentId", event.appointmentId() == null ? null : event.appointmentId().value())
                .param("visitedOn", java.sql.Date.valueOf(event.visitedOn()))
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(VisitNoteRevised event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        boolean accepted = jdbc.sql("""
                UPDATE read_model.visit SET revision = :revision, last_revised_at = :at, last_revised_by = :author,
                    updated_at = :at, version = :version
                WHERE visit_id = :visitId AND version < :version
                """)
                .param("visitId", event.visitId().value())
                .param("revision", event.revision())
                .param("author", event.author().value())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update() == 1;
        if (!accepted) {
            return;
        }
        jdbc.sql("""
                INSERT INTO clinical.visit_note (visit_id, organization_id, revision, subjective, objective, assessment, plan)
                VALUES (:visitId, :org, :revision, :s, :o, :a, :p)
                ON CONFLICT (visit_id) DO UPDATE SET revision = excluded.revision, subjective = excluded.subjective,
                    objective = excluded.objective, assessment = excluded.assessment, plan = excluded.plan
                """)
                .param("visitId", event.visitId().value())
                .param("org", event.organizationId().value())
                .param("revision", event.revision())
                .param("s", event.subjective()).param("o", event.objective())
                .param("a", event.assessment()).param("p", event.plan())
                .update();
        jdbc.sql("DELETE FROM read_model.visit_outcome_measure WHERE visit_id = :visitId")
                .param("visitId", event.visitId().value()).update();
        for (OutcomeMeasure measure : event.measures()) {
            jdbc.sql("""
                    INSERT INTO read_model.visit_outcome_measure (visit_id, organization_id, case_id, patient_id, measure, value)
                    VALUES (:visitId, :org, :caseId, :patientId, :measure, :value)
                    """)
                    .param("visitId", event.visitId().value())
                    .param("org", event.organizationId().value())
                    .param("caseId", event.caseId().value())
                    .param("patientId", event.patientId().value())
                    .param("measure", measure.kind().name())
                    .param("value", measure.value())
                    .update();
        }
    }

    @EventHandler
    void on(VisitNoteSigned event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                UPDATE read_model.visit SET status = 'SIGNED', signed_at = :at, signed_by = :signedBy, updated_at = :at,
                    version = :version
                WHERE visit_id = :visitId AND version < :version
                """)
                .param("visitId", event.visitId().value())
                .param("signedBy", event.signedBy().value())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(AddendumAdded event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                UPDATE read_model.visit SET addendum_count = :number, updated_at = :at, version = :version
                WHERE visit_id = :visitId AND version < :version
                """)
                .param("visitId", event.visitId().value())
                .param("number", event.number())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.visit, read_model.visit_outcome_measure, clinical.visit_note").update();
    }
}
