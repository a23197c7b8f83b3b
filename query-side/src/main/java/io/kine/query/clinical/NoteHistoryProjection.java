package io.kine.query.clinical;

import io.kine.kernel.clinical.AddendumAdded;
import io.kine.kernel.clinical.AttachmentAdded;
import io.kine.kernel.clinical.VisitNoteRevised;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What was written and attached, one row per event, never updated: every revision of every
 * note exactly as saved ({@code clinical.visit_note_revision}), addenda and attachments'
 * metadata. Keys are the event's own (visit and revision, visit and number, attachment id),
 * so a replay inserts nothing twice. Same processing group as the timeline, so a page that
 * waited for the visit's version also finds its revision.
 */
@Component
@ProcessingGroup(VisitProjection.PROCESSING_GROUP)
class NoteHistoryProjection {

    private final JdbcClient jdbc;

    NoteHistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VisitNoteRevised event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO clinical.visit_note_revision (visit_id, revision, organization_id, patient_id, author_id,
                    revised_at, subjective, objective, assessment, plan, measures, template_id)
                VALUES (:visitId, :revision, :org, :patientId, :author, :at, :s, :o, :a, :p, CAST(:measures AS jsonb),
                    :templateId)
                ON CONFLICT (visit_id, revision) DO NOTHING
                """)
                .param("visitId", event.visitId().value())
                .param("revision", event.revision())
                .param("org", event.organizationId().value())
                .param("patientId", event.patientId().value())
                .param("author", event.author().value())
                .param("at", Timestamp.from(at))
                .param("s", event.subjective()).param("o", event.objective())
                .param("a", event.assessment()).param("p", event.plan())
                .param("measures", MeasuresJson.write(event.measures()))
                .param("templateId", event.templateId() == null ? null : event.templateId().value())
                .update();
    }

    @EventHandler
    void on(AddendumAdded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO clinical.visit_addendum (visit_id, number, organization_id, author_id, added_at, text)
                VALUES (:visitId, :number, :org, :author, :at, :text)
                ON CONFLICT (visit_id, number) DO NOTHING
                """)
                .param("visitId", event.visitId().value())
                .param("number", event.number())
                .param("org", event.organizationId().value())
                .param("author", event.author().value())
                .param("at", Timestamp.from(at))
                .param("text", event.text())
                .update();
    }

    @EventHandler
    void on(AttachmentAdded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO clinical.attachment (attachment_id, organization_id, patient_id, case_id, visit_id, file_name,
                    content_type, size_bytes, sha256, uploaded_by, uploaded_at)
                VALUES (:id, :org, :patientId, :caseId, :visitId, :name, :type, :size, :sha, :by, :at)
                ON CONFLICT (attachment_id) DO NOTHING
                """)
                .param("id", event.attachmentId().value())
                .param("org", event.organizationId().value())
                .param("patientId", event.patientId().value())
                .param("caseId", event.caseId().value())
                .param("visitId", event.visitId() == null ? null : event.visitId().value())
                .param("name", event.fileName())
                .param("type", event.contentType())
                .param("size", event.sizeBytes())
                .param("sha", event.sha256())
                .param("by", event.uploadedBy().value())
                .param("at", Timestamp.from(at))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE clinical.visit_note_revision, clinical.visit_addendum, clinical.attachment").update();
    }
}
