package io.kine.infra.audit;

import io.kine.infra.security.KineUser;
import io.kine.infra.web.RequestIds;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who opened which patient's chart, note or file ({@code audit.chart_access}). Reading
 * changes nothing, so this is a log beside the event stream, not a domain event; the table is
 * append-only. Call it after the permission check and after the record was found, so that a
 * refused or missing record leaves no line.
 */
@Component
public class ChartAccessLog {

    /** What was opened; the kind becomes the {@code subject_kind} column. */
    public enum Subject {
        PATIENT_CHART("patient-chart"),
        PATIENT_HISTORY("patient-history"),
        CASE("case"),
        VISIT_NOTE("visit-note"),
        NOTE_REVISIONS("note-revisions"),
        CASE_HISTORY("case-history"),
        VISIT_HISTORY("visit-history"),
        ATTACHMENT("attachment");

        private final String kind;

        Subject(String kind) {
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }
    }

    /** Through which door the record was read. */
    public enum Channel {
        WEB, API;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;

    ChartAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reader opened {@code subjectId} (of the given kind) in the chart of {@code patient}. */
    public void record(KineUser reader, PatientId patient, Subject subject, String subjectId, Channel channel) {
        jdbc.sql("""
                INSERT INTO audit.chart_access (organization_id, actor_id, actor_roles, patient_id, subject_kind,
                                                subject_id, channel, request_id, client_address)
                VALUES (:organization, :actor, :roles, :patient, :kind, :subject, :channel, :request, :address)
                """)
                .param("organization", reader.organizationId().value())
                .param("actor", reader.userId().value())
                .param("roles", reader.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("patient", patient.value())
                .param("kind", subject.kind())
                .param("subject", subjectId)
                .param("channel", channel.column())
                .param("request", RequestIds.current())
                .param("address", clientAddress())
                .update();
    }

    /** The chart itself: its subject is the patient. */
    public void chartOpened(KineUser reader, PatientId patient, Channel channel) {
        record(reader, patient, Subject.PATIENT_CHART, patient.value().toString(), channel);
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
