package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.patients.PatientId;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dunning with a clock the test moves and a real SMTP server: reminders go out at the
 * organization's steps, are recorded as events, and stop once the invoice is paid.
 */
@KineIntegrationTest
class DunningTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(43025, "127.0.0.1", "smtp"));
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired QueryGateway queries;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;

    BillingDesk desk;

    String anIssuedInvoice(PatientId patient) throws Exception {
        String invoice = desk.send(desk.assistant, "/api/invoices", "{\"patientId\": \"" + patient + "\"}").get("id").asString();
        desk.send(desk.assistant, "/api/invoices/" + invoice + "/lines",
                "{\"description\": \"Séance\", \"quantity\": 1, \"unitPrice\": 40, \"taxRate\": 0}");
        desk.send(desk.assistant, "/api/invoices/" + invoice + "/issue", "{}");
        return invoice;
    }

    /** A dunning run on the given day, as the daily schedule would run it then. */
    int runOn(LocalDate day) {
        Clock then = Clock.fixed(day.atTime(8, 0).atZone(PARIS).toInstant(), PARIS);
        return new DunningRun(queries, commands, then, PARIS).remind();
    }

    long reminders(String invoice) {
        return jdbc.sql("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type = 'io.kine.kernel.billing.PaymentReminderSent' AND aggregate_identifier = :id
                """).param("id", invoice).query(Long.class).single();
    }

    @Test
    void remindsAtTheClinicsStepsByMailAndStopsOncePaid() throws Exception {
        desk = new BillingDesk(context);
        mvc.perform(put("/api/billing/dunning-steps").with(user(desk.owner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"stepDays\": [21, 7]}")).andExpect(status().isOk());
        PatientId late = desk.aPatient("Rahmouni");
        PatientId payer = desk.aPatient("Bennani");
        String unpaid = anIssuedInvoice(late);
        String paidLater = anIssuedInvoice(payer);
        LocalDate due = LocalDate.now(PARIS).plusDays(30);

        runOn(due.plusDays(6));
        assertThat(reminders(unpaid)).as("not yet due").isZero();

        runOn(due.plusDays(8));
        await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.getReceivedMessagesForDomain("rahmouni@example.org").length == 1
                && MAIL.getReceivedMessagesForDomain("bennani@example.org").length == 1);
        MimeMessage first = MAIL.getReceivedMessagesForDomain("rahmouni@example.org")[0];
        assertThat(first.getSubject()).startsWith("Rappel : facture " + LocalDate.now(PARIS).getYear() + "-");
        assertThat(((Multipart) first.getContent()).getBodyPart(1).getFileName()).endsWith(".pdf");

        mvc.perform(post("/api/invoices/" + paidLater + "/payments").with(user(desk.assistant)).with(csrf())
                .header("Idempotency-Key", "all").contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\": 40, \"method\": \"TRANSFER\"}")).andExpect(status().isCreated());
        runOn(due.plusDays(22));
        runOn(due.plusDays(23));

        await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.getReceivedMessagesForDomain("rahmouni@example.org").length == 2);
        assertThat(reminders(unpaid)).as("steps 7 and 21 once each").isEqualTo(2);
        assertThat(reminders(paidLater)).as("paid: no second reminder").isEqualTo(1);
        assertThat(MAIL.getReceivedMessagesForDomain("bennani@example.org")).hasSize(1);
        await().until(() -> jdbc.sql("SELECT last_reminder_step FROM read_model.invoice WHERE invoice_id = :id::uuid")
                .param("id", unpaid).query(Integer.class).single() == 2);
    }
}
