package io.kine.query.clinical;

import io.kine.kernel.clinical.CaseClosed;
import io.kine.kernel.clinical.CaseDetailsRevised;
import io.kine.kernel.clinical.CaseOpened;
import io.kine.kernel.clinical.CaseReassigned;
import io.kine.kernel.clinical.CaseReopened;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read_model.clinical_case} (facts) and {@code clinical.case_text} (words) in step
 * with the cases' events. The text is written only when the fact row accepted the event, so a
 * replayed event changes nothing.
 */
@Component
@ProcessingGroup("clinical-case")
class CaseProjection {

    private final JdbcClient jdbc;

    CaseProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        int inserted = jdbc.sql("""
                INSERT INTO read_model.clinical_case (case_id, organization_id, patient_id, practitioner_id, status,
                    icd10_code, opened_at, updated_at, version)
                VALUES (:caseId, :org, :patientId, :practitionerId, 'OPEN', :code, :at, :at, :version)
                ON CONFLICT (case_id) DO NOTHING
                """)
                .param("caseId", event.caseId().value())
                .param("org", event.organizationId().value())
                .param("patientId", event.patientId().value())
                .param("practitionerId", event.practitionerId().value())
                .param("code", event.icd10Code())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
        if (inserted == 1) {
            jdbc.sql("""
                    INSERT INTO clinical.case_text (case_id, organization_id, reason_for_referral, diagnosis_text,
                        referring_doctor, goals)
                    VALUES (:caseId, :org, :reason, :diagnosis, :doctor, :goals)
                    ON CONFLICT (case_id) DO NOTHING
                    """)
                    .param("caseId", event.caseId().value())
                    .param("org", event.organizationId().value())
                    .param("reason", event.reasonForReferral())
                    .param("diagnosis", event.diagnosisText())
                    .param("doctor", event.referringDoctor())
                    .param("goals", event.goals())
                    .update();
        }
    }

    @EventHandler
    void on(CaseDetailsRevised event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        if (update(event.caseId().value(), "icd10_code = :code", version, at, spec -> spec.param("code", event.icd10Code()))) {
            text(event.caseId().value(), """
                    reason_for_referral = :reason, diagnosis_text = :diagnosis, referring_doctor = :doctor, goals = :goals
                    """, spec -> spec.param("reason", event.reasonForReferral()).param("diagnosis", event.diagnosisText())
                    .param("doctor", event.referringDoctor()).param("goals", event.goals()));
        }
    }

    @EventHandler
    void on(CaseReassigned event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(event.caseId().value(), "practitioner_id = :practitionerId", version, at,
                spec -> spec.param("practitionerId", event.practitionerId().value()));
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        if (update(event.caseId().value(), "status = 'CLOSED', closed_at = :at", version, at, spec -> spec)) {
            text(event.caseId().value(), "outcome = :outcome", spec -> spec.param("outcome", event.outcome()));
        }
    }

    @EventHandler
    void on(CaseReopened event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        if (update(event.caseId().value(), "status = 'OPEN', closed_at = NULL, reopen_count = reopen_count + 1", version,
                at, spec -> spec)) {
            text(event.caseId().value(), "reopen_reason = :reason", spec -> spec.param("reason", event.reason()));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.clinical_case, clinical.case_text").update();
    }

    /** Applies {@code assignments} (fixed SQL of this class) when the row is older than the event; true if it was. */
    private boolean update(UUID caseId, String assignments, long version, Instant at,
            java.util.function.UnaryOperator<JdbcClient.StatementSpec> parameters) {
        return parameters.apply(jdbc.sql("UPDATE read_model.clinical_case SET " + assignments
                        + ", updated_at = :at, version = :version WHERE case_id = :caseId AND version < :version")
                .param("caseId", caseId).param("at", Timestamp.from(at)).param("version", version)).update() == 1;
    }

    private void text(UUID caseId, String assignments, java.util.function.UnaryOperator<JdbcClient.StatementSpec> parameters) {
        parameters.apply(jdbc.sql("UPDATE clinical.case_text SET " + assignments + " WHERE case_id = :caseId")
                .param("caseId", caseId)).update();
    }
}
