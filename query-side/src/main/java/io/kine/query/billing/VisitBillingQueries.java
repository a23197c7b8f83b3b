package io.kine.query.billing;

import io.kine.kernel.billing.BillableVisit;
import io.kine.kernel.billing.BilledItem;
import io.kine.kernel.billing.FindBillableVisits;
import io.kine.kernel.billing.GetBillableVisit;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitStatus;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clinical visits as billing sees them: no note, only who, when, the service the linked
 * appointment's type bills and the live invoice billing the visit or that appointment.
 */
@Component
class VisitBillingQueries {

    private static final String BILLABLE = """
            SELECT v.visit_id, v.case_id, v.patient_id, p.first_name || ' ' || p.last_name AS patient_name,
                v.practitioner_id, s.display_name AS practitioner_name, v.visited_on, v.status, v.appointment_id,
                pr.product_id, pr.name AS product_name, pr.unit_price, pr.tax_rate,
                i.invoice_id, i.number, i.billed_kind
            FROM read_model.visit v
            LEFT JOIN read_model.patient p ON p.patient_id = v.patient_id
            LEFT JOIN read_model.staff_member s ON s.user_id = v.practitioner_id AND s.organization_id = v.organization_id
            LEFT JOIN read_model.appointment a ON a.appointment_id = v.appointment_id
            LEFT JOIN read_model.appointment_type_service ts ON ts.appointment_type_id = a.appointment_type_id
            LEFT JOIN read_model.product pr ON pr.product_id = ts.product_id AND pr.active
            LEFT JOIN LATERAL (
                SELECT b.invoice_id, b.number, b.billed_kind FROM read_model.invoice b
                WHERE b.organization_id = v.organization_id AND b.status NOT IN ('VOID', 'CREDITED')
                    AND (b.billed_id = v.visit_id OR b.billed_id = v.appointment_id)
                ORDER BY b.drafted_at LIMIT 1) i ON true
            WHERE v.organization_id = :organization
            """;

    private final JdbcClient jdbc;

    VisitBillingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<BillableVisit> handle(GetBillableVisit query) {
        return jdbc.sql(BILLABLE + " AND v.visit_id = :id")
                .param("organization", query.organizationId().value())
                .param("id", query.visitId().value())
                .query((row, n) -> billable(row)).optional();
    }

    @QueryHandler
    List<BillableVisit> handle(FindBillableVisits query) {
        LocalDate to = query.to() == null ? LocalDate.now(ZoneOffset.UTC) : query.to();
        LocalDate from = query.from() == null ? to.minusDays(30) : query.from();
        return jdbc.sql(BILLABLE + """
                     AND v.status = 'SIGNED' AND i.invoice_id IS NULL AND v.visited_on BETWEEN :from AND :to
                    ORDER BY v.visited_on DESC, v.started_at DESC
                    """)
                .param("organization", query.organizationId().value())
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((row, n) -> billable(row)).list();
    }

    private static BillableVisit billable(ResultSet row) throws SQLException {
        String billedKind = row.getString("billed_kind");
        return new BillableVisit(new VisitId(row.getObject("visit_id", UUID.class)),
                new CaseId(row.getObject("case_id", UUID.class)), new PatientId(row.getObject("patient_id", UUID.class)),
                row.getString("patient_name"), new UserId(row.getObject("practitioner_id", UUID.class)),
                row.getString("practitioner_name"), row.getDate("visited_on").toLocalDate(),
                VisitStatus.valueOf(row.getString("status")), Rows.id(row, "appointment_id", AppointmentId::new),
                Rows.id(row, "product_id", ProductId::new), row.getString("product_name"),
                Rows.plain(row.getBigDecimal("unit_price")), Rows.plain(row.getBigDecimal("tax_rate")),
                Rows.id(row, "invoice_id", InvoiceId::new), row.getString("number"),
                billedKind == null ? null : BilledItem.Kind.valueOf(billedKind));
    }
}
