package io.kine.query.clinical;

import static io.kine.query.clinical.CaseQueries.uuid;

import io.kine.kernel.clinical.AddendumView;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.FindCaseVisits;
import io.kine.kernel.clinical.FindNoteRevisions;
import io.kine.kernel.clinical.FindPatientVisits;
import io.kine.kernel.clinical.GetVisit;
import io.kine.kernel.clinical.MeasureKind;
import io.kine.kernel.clinical.NoteRevisionView;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitStatus;
import io.kine.kernel.clinical.VisitSummary;
import io.kine.kernel.clinical.VisitView;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers questions about visits, their notes and revisions, always within the caller's organization. */
@Component
class VisitQueries {

    private static final String VISIT_SELECT = """
            SELECT v.*, n.subjective, n.objective, n.assessment, n.plan,
                   p.display_name AS practitioner_name, r.display_name AS revised_by_name, g.display_name AS signed_by_name
            FROM read_model.visit v
            LEFT JOIN clinical.visit_note n ON n.visit_id = v.visit_id
            LEFT JOIN read_model.staff_member p ON p.user_id = v.practitioner_id
            LEFT JOIN read_model.staff_member r ON r.user_id = v.last_revised_by
            LEFT JOIN read_model.staff_member g ON g.user_id = v.signed_by
            """;

    private final JdbcClient jdbc;

    VisitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Timeline without content: no join on the note tables at all. */
    @QueryHandler
    List<VisitSummary> handle(FindPatientVisits query) {
        return jdbc.sql("""
                SELECT v.visit_id, v.case_id, v.visited_on, v.practitioner_id, v.status, v.appointment_id,
                       p.display_name AS practitioner_name
                FROM read_model.visit v LEFT JOIN read_model.staff_member p ON p.user_id = v.practitioner_id
                WHERE v.organization_id = :org AND v.patient_id = :patientId
                ORDER BY v.visited_on DESC, v.started_at DESC
                """)
                .param("org", query.organizationId().value())
                .param("patientId", query.patientId().value())
                .query((row, n) -> new VisitSummary(new VisitId(uuid(row, "visit_id")), new CaseId(uuid(row, "case_id")),
                        row.getDate("visited_on").toLocalDate(), new UserId(uuid(row, "practitioner_id")),
                        row.getString("practitioner_name"), VisitStatus.valueOf(row.getString("status")),
                        appointment(row)))
                .list();
    }

    @QueryHandler
    List<VisitView> handle(FindCaseVisits query) {
        List<VisitView> visits = jdbc.sql(VISIT_SELECT + """
                WHERE v.organization_id = :org AND v.case_id = :caseId ORDER BY v.visited_on, v.started_at
                """)
                .param("org", query.organizationId().value())
                .param("caseId", query.caseId().value())
                .query((row, n) -> visit(row, List.of(), List.of())).list();
        return visits.stream().map(v -> withDetails(v)).toList();
    }

    @QueryHandler
    Optional<VisitView> handle(GetVisit query) {
        return jdbc.sql(VISIT_SELECT + " WHERE v.organization_id = :org AND v.visit_id = :visitId")
                .param("org", query.organizationId().value())
                .param("visitId", query.visitId().value())
                .query((row, n) -> visit(row, List.of(), List.of())).optional().map(this::withDetails);
    }

    @QueryHandler
    List<NoteRevisionView> handle(FindNoteRevisions query) {
        return jdbc.sql("""
                SELECT r.*, r.measures::text AS measures_json, s.display_name AS author_name
                FROM clinical.visit_note_revision r LEFT JOIN read_model.staff_member s ON s.user_id = r.author_id
                WHERE r.organization_id = :org AND r.visit_id = :visitId ORDER BY r.revision
                """)
                .param("org", query.organizationId().value())
                .param("visitId", query.visitId().value())
                .query((row, n) -> {
                    UUID template = row.getObject("template_id", UUID.class);
                    return new NoteRevisionView(new VisitId(uuid(row, "visit_id")), row.getInt("revision"),
                            new UserId(uuid(row, "author_id")), row.getString("author_name"),
                            row.getTimestamp("revised_at").toInstant(), note(row),
                            MeasuresJson.read(row.getString("measures_json")),
                            template == null ? null : new NoteTemplateId(template));
                })
                .list();
    }

    private VisitView withDetails(VisitView visit) {
        List<OutcomeMeasure> measures = jdbc.sql("""
                SELECT measure, value FROM read_model.visit_outcome_measure WHERE visit_id = :visitId ORDER BY measure
                """)
                .param("visitId", visit.visitId().value())
                .query((row, n) -> new OutcomeMeasure(MeasureKind.valueOf(row.getString("measure")), row.getInt("value")))
                .list();
        List<AddendumView> addenda = jdbc.sql("""
                SELECT a.*, s.display_name AS author_name FROM clinical.visit_addendum a
                LEFT JOIN read_model.staff_member s ON s.user_id = a.author_id
                WHERE a.visit_id = :visitId ORDER BY a.number
                """)
                .param("visitId", visit.visitId().value())
                .query((row, n) -> new AddendumView(row.getInt("number"), new UserId(uuid(row, "author_id")),
                        row.getString("author_name"), row.getTimestamp("added_at").toInstant(), row.getString("text")))
                .list();
        return new VisitView(visit.visitId(), visit.caseId(), visit.patientId(), visit.practitionerId(),
                visit.practitionerName(), visit.visitedOn(), visit.appointmentId(), visit.status(), visit.revision(),
                visit.note(), measures, visit.lastRevisedAt(), visit.lastRevisedBy(), visit.signedAt(), visit.signedBy(),
                addenda, visit.version());
    }

    private static VisitView visit(ResultSet row, List<OutcomeMeasure> measures, List<AddendumView> addenda)
            throws SQLException {
        return new VisitView(new VisitId(uuid(row, "visit_id")), new CaseId(uuid(row, "case_id")),
                new PatientId(uuid(row, "patient_id")), new UserId(uuid(row, "practitioner_id")),
                row.getString("practitioner_name"), row.getDate("visited_on").toLocalDate(), appointment(row),
                VisitStatus.valueOf(row.getString("status")), row.getInt("revision"), note(row), measures,
                instant(row.getTimestamp("last_revised_at")), row.getString("revised_by_name"),
                instant(row.getTimestamp("signed_at")), row.getString("signed_by_name"), addenda, row.getLong("version"));
    }

    private static SoapNote note(ResultSet row) throws SQLException {
        return new SoapNote(row.getString("subjective"), row.getString("objective"), row.getString("assessment"),
                row.getString("plan"));
    }

    private static AppointmentId appointment(ResultSet row) throws SQLException {
        UUID appointment = row.getObject("appointment_id", UUID.class);
        return appointment == null ? null : new AppointmentId(appointment);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
