package io.kine.query.billing;

import io.kine.kernel.billing.AgingBucket;
import io.kine.kernel.billing.AgingReport;
import io.kine.kernel.billing.AgingRow;
import io.kine.kernel.billing.CreditMovement;
import io.kine.kernel.billing.DunningStepsView;
import io.kine.kernel.billing.FindRemindableInvoices;
import io.kine.kernel.billing.GetAgingReport;
import io.kine.kernel.billing.GetPatientAccount;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceSummary;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PatientAccountView;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.PaymentView;
import io.kine.kernel.billing.RemindableInvoice;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A patient's account, the aging of what is overdue, and what the dunning run should remind. */
@Component
class AccountQueries {

    /** Upper ends of the aging buckets in days past due; the last bucket has none. */
    private static final int[] BUCKET_ENDS = {30, 60, 90};
    private static final String[] BUCKET_LABELS = {"0-30", "31-60", "61-90", "90+"};

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<PatientAccountView> handle(GetPatientAccount query) {
        UUID patient = query.patientId().value();
        UUID organization = query.organizationId().value();
        String currency = currency(query.organizationId());
        var balance = jdbc.sql("SELECT * FROM read_model.patient_balance WHERE patient_id = :patient AND organization_id = :organization")
                .param("patient", patient).param("organization", organization)
                .query((row, n) -> new Money[] {Rows.money(row, "invoiced", row.getString("currency")),
                        Rows.money(row, "paid", row.getString("currency")),
                        Rows.money(row, "balance_due", row.getString("currency")),
                        Rows.money(row, "credit", row.getString("currency"))})
                .optional().orElse(new Money[] {Money.zero(currency), Money.zero(currency), Money.zero(currency),
                        Money.zero(currency)});
        List<InvoiceSummary> invoices = jdbc.sql(Rows.INVOICES + """
                 WHERE i.organization_id = :organization AND i.patient_id = :patient
                 ORDER BY coalesce(i.issued_on, i.drafted_at::date) DESC, i.drafted_at DESC
                """).param("patient", patient).param("organization", organization)
                .query((row, n) -> Rows.invoice(row)).list();
        List<PaymentView> payments = jdbc.sql(Rows.PAYMENTS + """
                 WHERE pay.organization_id = :organization AND pay.patient_id = :patient
                 ORDER BY pay.received_on DESC, pay.recorded_at DESC
                """).param("patient", patient).param("organization", organization)
                .query((row, n) -> Rows.payment(row)).list();
        List<CreditMovement> movements = jdbc.sql("""
                SELECT * FROM read_model.patient_credit_movement
                WHERE organization_id = :organization AND patient_id = :patient ORDER BY occurred_at DESC
                """).param("patient", patient).param("organization", organization)
                .query((row, n) -> new CreditMovement(row.getString("kind"), row.getTimestamp("occurred_at").toInstant(),
                        Rows.money(row, "amount", row.getString("currency")), Rows.id(row, "invoice_id", InvoiceId::new),
                        row.getString("method") == null ? null : PaymentMethod.valueOf(row.getString("method")),
                        row.getString("reference"), Rows.money(row, "credit_after", row.getString("currency"))))
                .list();
        String name = jdbc.sql("SELECT first_name || ' ' || last_name FROM read_model.patient "
                        + "WHERE patient_id = :patient AND organization_id = :organization")
                .param("patient", patient).param("organization", organization).query(String.class).optional().orElse(null);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new PatientAccountView(query.patientId(), name, currency, balance[0], balance[1], balance[2],
                balance[3], invoices, payments, movements));
    }

    @QueryHandler
    AgingReport handle(GetAgingReport query) {
        String currency = currency(query.organizationId());
        Map<UUID, AgingRowBuilder> patients = new LinkedHashMap<>();
        BucketTotals totals = new BucketTotals(currency);
        jdbc.sql("""
                SELECT i.patient_id, p.first_name || ' ' || p.last_name AS patient_name, i.balance_due,
                    :asOf - i.due_on AS days
                FROM read_model.invoice i LEFT JOIN read_model.patient p ON p.patient_id = i.patient_id
                WHERE i.organization_id = :organization AND i.status IN ('ISSUED', 'PARTIALLY_PAID')
                    AND i.balance_due > 0 AND i.due_on < :asOf
                ORDER BY patient_name, i.patient_id
                """)
                .param("organization", query.organizationId().value())
                .param("asOf", query.asOf())
                .query((row, n) -> {
                    int bucket = bucket(row.getInt("days"));
                    Money due = new Money(row.getBigDecimal("balance_due"), currency);
                    totals.add(bucket, due);
                    String name = row.getString("patient_name");
                    patients.computeIfAbsent(row.getObject("patient_id", UUID.class),
                            id -> new AgingRowBuilder(new PatientId(id), name, currency)).add(bucket, due);
                    return bucket;
                }).list();
        List<AgingBucket> buckets = new ArrayList<>();
        for (int i = 0; i < BUCKET_LABELS.length; i++) {
            buckets.add(new AgingBucket(BUCKET_LABELS[i], i == 0 ? 0 : BUCKET_ENDS[i - 1] + 1,
                    i < BUCKET_ENDS.length ? BUCKET_ENDS[i] : null, totals.amounts[i], totals.counts[i]));
        }
        return new AgingReport(query.asOf(), currency, buckets,
                patients.values().stream().map(AgingRowBuilder::build).toList());
    }

    @QueryHandler
    List<RemindableInvoice> handle(FindRemindableInvoices query) {
        return jdbc.sql("""
                SELECT i.organization_id, i.invoice_id, i.patient_id, i.number, i.due_on, i.balance_due, i.currency,
                    i.last_reminder_step, i.language, d.step_days, p.first_name || ' ' || p.last_name AS patient_name,
                    p.email
                FROM read_model.invoice i LEFT JOIN read_model.dunning_settings d ON d.organization_id = i.organization_id
                LEFT JOIN read_model.patient p ON p.patient_id = i.patient_id
                WHERE i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i.balance_due > 0 AND i.due_on < :asOf
                ORDER BY i.organization_id, i.due_on, i.invoice_id
                """)
                .param("asOf", query.asOf())
                .query((row, n) -> new RemindableInvoice(new OrganizationId(row.getObject("organization_id", UUID.class)),
                        new InvoiceId(row.getObject("invoice_id", UUID.class)),
                        new PatientId(row.getObject("patient_id", UUID.class)), row.getString("patient_name"),
                        row.getString("email"), row.getString("number"),
                        Rows.date(row, "due_on"), Rows.money(row, "balance_due", row.getString("currency")),
                        row.getInt("last_reminder_step"), steps(row.getArray("step_days")),
                        Locale.forLanguageTag(row.getString("language"))))
                .list();
    }

    static List<Integer> steps(Array array) throws java.sql.SQLException {
        return array == null ? DunningStepsView.DEFAULT_STEPS : Arrays.asList((Integer[]) array.getArray());
    }

    private String currency(OrganizationId organization) {
        return jdbc.sql("SELECT currency FROM read_model.organization WHERE organization_id = :id")
                .param("id", organization.value()).query(String.class).optional().orElse("EUR");
    }

    private static int bucket(int days) {
        for (int i = 0; i < BUCKET_ENDS.length; i++) {
            if (days <= BUCKET_ENDS[i]) {
                return i;
            }
        }
        return BUCKET_ENDS.length;
    }

    private static final class BucketTotals {
        final Money[] amounts = new Money[BUCKET_LABELS.length];
        final long[] counts = new long[BUCKET_LABELS.length];

        BucketTotals(String currency) {
            Arrays.fill(amounts, Money.zero(currency));
        }

        void add(int bucket, Money due) {
            amounts[bucket] = amounts[bucket].plus(due);
            counts[bucket]++;
        }
    }

    private static final class AgingRowBuilder {
        final PatientId patient;
        final String name;
        final BucketTotals totals;

        AgingRowBuilder(PatientId patient, String name, String currency) {
            this.patient = patient;
            this.name = name;
            this.totals = new BucketTotals(currency);
        }

        void add(int bucket, Money due) {
            totals.add(bucket, due);
        }

        AgingRow build() {
            Money sum = Arrays.stream(totals.amounts).reduce(Money::plus).orElseThrow();
            return new AgingRow(patient, name, List.of(totals.amounts), sum);
        }
    }
}
