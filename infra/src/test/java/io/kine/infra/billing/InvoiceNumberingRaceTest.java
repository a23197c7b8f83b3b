package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.billing.AddInvoiceLine;
import io.kine.kernel.billing.DraftInvoice;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.IssueInvoice;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invoice numbers under concurrency: 50 simultaneous issues in one clinic, 50 numbers, no gap, no twin. */
@KineIntegrationTest
class InvoiceNumberingRaceTest {

    static final int INVOICES = 50;

    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;

    @Test
    void givesFiftySimultaneousIssuesFiftyConsecutiveNumbersWithoutGap() throws Exception {
        BillingDesk desk = new BillingDesk(context);
        OrganizationId clinic = desk.clinic.organizationId();
        PatientId patient = desk.aPatient("Tazi");
        List<InvoiceId> drafts = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            InvoiceId invoice = InvoiceId.random();
            commands.send(new DraftInvoice(invoice, clinic, patient, null, "EUR", Locale.FRENCH, null, null), clinic);
            commands.send(new AddInvoiceLine(invoice, clinic, UUID.randomUUID(), null, "Séance", BigDecimal.ONE,
                    new BigDecimal("40"), BigDecimal.ZERO, null), clinic);
            drafts.add(invoice);
        }
        LocalDate today = LocalDate.of(2031, 2, 3);

        ExecutorService pool = Executors.newFixedThreadPool(INVOICES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> issued = new ArrayList<>();
        for (InvoiceId invoice : drafts) {
            issued.add(pool.submit(() -> {
                start.await();
                return commands.send(new IssueInvoice(invoice, clinic, today, today.plusDays(30)), clinic);
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        for (Future<Object> one : issued) {
            one.get();
        }
        pool.shutdown();
        System.out.printf("%d simultaneous issues in one organization: %d ms%n", INVOICES,
                (System.nanoTime() - started) / 1_000_000);

        List<Long> sequences = jdbc.sql("""
                SELECT (payload::jsonb ->> 'sequence')::bigint FROM domain_event_entry
                WHERE payload_type = 'io.kine.kernel.billing.InvoiceIssued'
                    AND payload::jsonb ->> 'organizationId' = :clinic ORDER BY 1
                """).param("clinic", clinic.toString()).query(Long.class).list();
        assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, INVOICES).boxed().toList());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT count(DISTINCT number) FROM read_model.invoice WHERE organization_id = :clinic AND number LIKE '2031-%'
                """).param("clinic", clinic.value()).query(Long.class).single() == INVOICES);
        assertThat(jdbc.sql("SELECT max(number) FROM read_model.invoice WHERE organization_id = :clinic")
                .param("clinic", clinic.value()).query(String.class).single()).isEqualTo("2031-000050");
    }
}
