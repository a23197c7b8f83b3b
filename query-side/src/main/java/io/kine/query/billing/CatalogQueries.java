package io.kine.query.billing;

import io.kine.kernel.billing.AppointmentTypeService;
import io.kine.kernel.billing.BillableAppointment;
import io.kine.kernel.billing.FindAppointmentTypeServices;
import io.kine.kernel.billing.DunningStepsView;
import io.kine.kernel.billing.FindBillableAppointments;
import io.kine.kernel.billing.FindProducts;
import io.kine.kernel.billing.GetBillableAppointment;
import io.kine.kernel.billing.GetDunningSteps;
import io.kine.kernel.billing.GetProduct;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.billing.ProductView;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The catalog, the dunning steps, and completed appointments with the service that bills them. */
@Component
class CatalogQueries {

    /**
     * A completed appointment, its type's service, and the live invoice (not void or credited)
     * billing it or the visit started from it.
     */
    private static final String BILLABLE = """
            SELECT a.appointment_id, a.patient_id, p.first_name || ' ' || p.last_name AS patient_name, a.starts_at,
                t.name AS type_name, pr.product_id, pr.name AS product_name, pr.unit_price, pr.tax_rate,
                i.invoice_id, i.number, coalesce(i.through_visit, false) AS through_visit
            FROM read_model.appointment a
            LEFT JOIN read_model.patient p ON p.patient_id = a.patient_id
            LEFT JOIN read_model.appointment_type t ON t.appointment_type_id = a.appointment_type_id
            LEFT JOIN read_model.appointment_type_service s ON s.appointment_type_id = a.appointment_type_id
            LEFT JOIN read_model.product pr ON pr.product_id = s.product_id AND pr.active
            LEFT JOIN LATERAL (
                SELECT b.invoice_id, b.number, b.billed_kind = 'VISIT' AS through_visit FROM read_model.invoice b
                WHERE b.organization_id = a.organization_id AND b.status NOT IN ('VOID', 'CREDITED')
                    AND (b.billed_id = a.appointment_id OR b.billed_id IN
                        (SELECT v.visit_id FROM read_model.visit v WHERE v.appointment_id = a.appointment_id))
                ORDER BY b.drafted_at LIMIT 1) i ON true
            WHERE a.organization_id = :organization AND a.status = 'COMPLETED'
            """;

    private final JdbcClient jdbc;

    CatalogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<ProductView> handle(FindProducts query) {
        return jdbc.sql("SELECT * FROM read_model.product WHERE organization_id = :organization"
                        + (query.includeInactive() ? "" : " AND active") + " ORDER BY lower(code), product_id")
                .param("organization", query.organizationId().value())
                .query((row, n) -> product(row)).list();
    }

    @QueryHandler
    Optional<ProductView> handle(GetProduct query) {
        return jdbc.sql("SELECT * FROM read_model.product WHERE organization_id = :organization AND product_id = :id")
                .param("organization", query.organizationId().value())
                .param("id", query.productId().value())
                .query((row, n) -> product(row)).optional();
    }

    @QueryHandler
    DunningStepsView handle(GetDunningSteps query) {
        return jdbc.sql("SELECT step_days, version FROM read_model.dunning_settings WHERE organization_id = :organization")
                .param("organization", query.organizationId().value())
                .query((row, n) -> new DunningStepsView(AccountQueries.steps(row.getArray("step_days")), row.getLong("version")))
                .optional().orElse(new DunningStepsView(DunningStepsView.DEFAULT_STEPS, -1));
    }

    @QueryHandler
    List<BillableAppointment> handle(FindBillableAppointments query) {
        LocalDate to = query.to() == null ? LocalDate.now(ZoneOffset.UTC).plusDays(1) : query.to().plusDays(1);
        LocalDate from = query.from() == null ? to.minusDays(31) : query.from();
        return jdbc.sql(BILLABLE + " AND a.starts_at >= :from AND a.starts_at < :to ORDER BY a.starts_at DESC")
                .param("organization", query.organizationId().value())
                .param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.atStartOfDay()))
                .query((row, n) -> billable(row)).list();
    }

    @QueryHandler
    Optional<BillableAppointment> handle(GetBillableAppointment query) {
        return jdbc.sql(BILLABLE + " AND a.appointment_id = :id")
                .param("organization", query.organizationId().value())
                .param("id", query.appointmentId().value())
                .query((row, n) -> billable(row)).optional();
    }

    @QueryHandler
    List<AppointmentTypeService> handle(FindAppointmentTypeServices query) {
        return jdbc.sql("""
                SELECT t.appointment_type_id, t.name, s.product_id
                FROM read_model.appointment_type t
                LEFT JOIN read_model.appointment_type_service s ON s.appointment_type_id = t.appointment_type_id
                WHERE t.organization_id = :organization ORDER BY lower(t.name), t.appointment_type_id
                """)
                .param("organization", query.organizationId().value())
                .query((row, n) -> new AppointmentTypeService(new AppointmentTypeId(row.getObject("appointment_type_id",
                        UUID.class)), row.getString("name"), Rows.id(row, "product_id", ProductId::new)))
                .list();
    }

    private static ProductView product(ResultSet row) throws SQLException {
        return new ProductView(new ProductId(row.getObject("product_id", UUID.class)), row.getString("code"),
                row.getString("name"), ProductKind.valueOf(row.getString("kind")), Rows.plain(row.getBigDecimal("unit_price")),
                Rows.plain(row.getBigDecimal("tax_rate")), row.getBoolean("active"), row.getLong("version"));
    }

    private static BillableAppointment billable(ResultSet row) throws SQLException {
        return new BillableAppointment(new AppointmentId(row.getObject("appointment_id", UUID.class)),
                new PatientId(row.getObject("patient_id", UUID.class)), row.getString("patient_name"),
                row.getTimestamp("starts_at").toInstant(), row.getString("type_name"),
                Rows.id(row, "product_id", ProductId::new), row.getString("product_name"),
                Rows.plain(row.getBigDecimal("unit_price")), Rows.plain(row.getBigDecimal("tax_rate")),
                Rows.id(row, "invoice_id", InvoiceId::new), row.getString("number"), row.getBoolean("through_visit"));
    }
}
