package io.kine.query.clinical;

import io.kine.kernel.clinical.FindNoteTemplates;
import io.kine.kernel.clinical.GetNoteTemplate;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.NoteTemplateView;
import io.kine.kernel.clinical.SoapNote;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class NoteTemplateQueries {

    private final JdbcClient jdbc;

    NoteTemplateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<NoteTemplateView> handle(FindNoteTemplates query) {
        return jdbc.sql("SELECT * FROM read_model.note_template WHERE organization_id = :org"
                        + (query.includeRetired() ? "" : " AND NOT retired") + " ORDER BY lower(name), template_id")
                .param("org", query.organizationId().value())
                .query(NoteTemplateQueries::view).list();
    }

    @QueryHandler
    Optional<NoteTemplateView> handle(GetNoteTemplate query) {
        return jdbc.sql("SELECT * FROM read_model.note_template WHERE organization_id = :org AND template_id = :id")
                .param("org", query.organizationId().value())
                .param("id", query.templateId().value())
                .query(NoteTemplateQueries::view).optional();
    }

    private static NoteTemplateView view(ResultSet row, int n) throws SQLException {
        return new NoteTemplateView(new NoteTemplateId(row.getObject("template_id", UUID.class)), row.getString("name"),
                new SoapNote(row.getString("subjective"), row.getString("objective"), row.getString("assessment"),
                        row.getString("plan")), row.getBoolean("retired"), row.getLong("version"));
    }
}
