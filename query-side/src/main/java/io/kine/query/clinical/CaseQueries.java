package io.kine.query.clinical;

import io.kine.kernel.clinical.AppointmentAwaitingVisit;
import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.clinical.AttachmentView;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CaseStatus;
import io.kine.kernel.clinical.CaseView;
import io.kine.kernel.clinical.FindAppointmentsAwaitingVisit;
import io.kine.kernel.clinical.FindAttachments;
import io.kine.kernel.clinical.FindPatientCases;
import io.kine.kernel.clinical.FindPractitioners;
import io.kine.kernel.clinical.GetAttachment;
import io.kine.kernel.clinical.GetCase;
import io.kine.kernel.clinical.PractitionerOption;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers questions about cases and their files, always within the caller's organization. */
@Component
class CaseQueries {

    private static final String CASE_SELECT = """
            SELECT c.*, t.reason_for_referral, t.diagnosis_text, t.referring_doctor, t.goals, t.outcome,
                   s.display_name AS practitioner_name,
                   (SELECT count(*) FROM read_model.visit v WHERE v.case_id = c.case_id) AS visit_count
            FROM read_model.clinical_case c
            JOIN clinical.case_text t ON t.case_id = c.case_id
            LEFT JOIN read_model.staff_member s ON s.user_id = c.practitioner_id
            """;
    private static final String ATTACHMENT_SELECT = """
            SELECT a.*, s.display_name AS uploader_name FROM clinical.attachment a
            LEFT JOIN read_model.staff_member s ON s.user_id = a.uploaded_by
            """;

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<CaseView> handle(FindPatientCases query) {
        return jdbc.sql(CASE_SELECT + """
                WHERE c.organization_id = :org AND c.patient_id = :patientId
                ORDER BY c.status = 'CLOSED', c.opened_at DESC, c.case_id
                """)
                .param("org", query.organizationId().value())
                .param("patientId", query.patientId().value())
                .query(CaseQueries::caseView).list();
    }

    @QueryHandler
    Optional<CaseView> handle(GetCase query) {
        return jdbc.sql(CASE_SELECT + " WHERE c.organization_id = :org AND c.case_id = :caseId")
                .param("org", query.organizationId().value())
                .param("caseId", query.caseId().value())
                .query(CaseQueries::caseView).optional();
    }

    @QueryHandler
    List<AttachmentView> handle(FindAttachments query) {
        return jdbc.sql(ATTACHMENT_SELECT + " WHERE a.organization_id = :org AND a.case_id = :caseId ORDER BY a.uploaded_at, a.attachment_id")
                .param("org", query.organizationId().value())
                .param("caseId", query.caseId().value())
                .query(CaseQueries::attachment).list();
    }

    @QueryHandler
    Optional<AttachmentView> handle(GetAttachment query) {
        return jdbc.sql(ATTACHMENT_SELECT + " WHERE a.organization_id = :org AND a.attachment_id = :id")
                .param("org", query.organizationId().value())
                .param("id", query.attachmentId().value())
                .query(CaseQueries::attachment).optional();
    }

    @QueryHandler
    List<AppointmentAwaitingVisit> handle(FindAppointmentsAwaitingVisit query) {
        return jdbc.sql("""
                SELECT a.appointment_id, a.starts_at, a.practitioner_id, s.display_name AS practitioner_name
                FROM read_model.appointment a
                LEFT JOIN read_model.staff_member s ON s.user_id = a.practitioner_id
                WHERE a.organization_id = :org AND a.patient_id = :patientId AND a.status = 'COMPLETED'
                  AND NOT EXISTS (SELECT 1 FROM read_model.visit v WHERE v.appointment_id = a.appointment_id)
                ORDER BY a.starts_at DESC
                LIMIT 20
                """)
                .param("org", query.organizationId().value())
                .param("patientId", query.patientId().value())
                .query((row, n) -> new AppointmentAwaitingVisit(new AppointmentId(uuid(row, "appointment_id")),
                        row.getTimestamp("starts_at").toInstant(), new UserId(uuid(row, "practitioner_id")),
                        row.getString("practitioner_name")))
                .list();
    }

    @QueryHandler
    List<PractitionerOption> handle(FindPractitioners query) {
        return jdbc.sql("""
                SELECT user_id, display_name FROM read_model.staff_member
                WHERE organization_id = :org AND active AND 'PRACTITIONER' = ANY (roles)
                ORDER BY lower(display_name), user_id
                """)
                .param("org", query.organizationId().value())
                .query((row, n) -> new PractitionerOption(new UserId(uuid(row, "user_id")), row.getString("display_name")))
                .list();
    }

    private static CaseView caseView(ResultSet row, int n) throws SQLException {
        Timestamp closed = row.getTimestamp("closed_at");
        return new CaseView(new CaseId(uuid(row, "case_id")), new PatientId(uuid(row, "patient_id")),
                new UserId(uuid(row, "practitioner_id")), row.getString("practitioner_name"),
                CaseStatus.valueOf(row.getString("status")),
                new CaseDetails(row.getString("reason_for_referral"), row.getString("icd10_code"),
                        row.getString("diagnosis_text"), row.getString("referring_doctor"), row.getString("goals")),
                row.getString("outcome"), row.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant(), row.getInt("visit_count"), row.getLong("version"));
    }

    private static AttachmentView attachment(ResultSet row, int n) throws SQLException {
        UUID visit = row.getObject("visit_id", UUID.class);
        return new AttachmentView(new AttachmentId(uuid(row, "attachment_id")), new PatientId(uuid(row, "patient_id")),
                new CaseId(uuid(row, "case_id")), visit == null ? null : new VisitId(visit), row.getString("file_name"),
                row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256"),
                new UserId(uuid(row, "uploaded_by")), row.getString("uploader_name"),
                row.getTimestamp("uploaded_at").toInstant());
    }

    static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }
}
