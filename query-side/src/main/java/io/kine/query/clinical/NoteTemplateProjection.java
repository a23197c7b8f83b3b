package io.kine.query.clinical;

import io.kine.kernel.clinical.NoteTemplateChanged;
import io.kine.kernel.clinical.NoteTemplateDefined;
import io.kine.kernel.clinical.NoteTemplateRetired;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code read_model.note_template} in step; writes guarded by the event's sequence number. */
@Component
@ProcessingGroup("note-template")
class NoteTemplateProjection {

    private final JdbcClient jdbc;

    NoteTemplateProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NoteTemplateDefined event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO read_model.note_template (template_id, organization_id, name, subjective, objective,
                    assessment, plan, updated_at, version)
                VALUES (:id, :org, :name, :s, :o, :a, :p, :at, :version)
                ON CONFLICT (template_id) DO NOTHING
                """)
                .param("id", event.templateId().value())
                .param("org", event.organizationId().value())
                .param("name", event.name())
                .param("s", event.sections().subjective()).param("o", event.sections().objective())
                .param("a", event.sections().assessment()).param("p", event.sections().plan())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(NoteTemplateChanged event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                UPDATE read_model.note_template SET name = :name, subjective = :s, objective = :o, assessment = :a,
                    plan = :p, updated_at = :at, version = :version
                WHERE template_id = :id AND version < :version
                """)
                .param("id", event.templateId().value())
                .param("name", event.name())
                .param("s", event.sections().subjective()).param("o", event.sections().objective())
                .param("a", event.sections().assessment()).param("p", event.sections().plan())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(NoteTemplateRetired event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                UPDATE read_model.note_template SET retired = TRUE, updated_at = :at, version = :version
                WHERE template_id = :id AND version < :version
                """)
                .param("id", event.templateId().value())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.note_template").update();
    }
}
