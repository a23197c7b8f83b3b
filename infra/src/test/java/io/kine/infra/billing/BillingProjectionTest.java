package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The billing read model against real PostgreSQL: replaying it twice rebuilds exactly the same rows. */
@KineIntegrationTest
class BillingProjectionTest {

    static final List<String> TABLES = List.of("invoice", "invoice_line", "invoice_tax", "payment",
            "patient_credit_movement", "patient_balance");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;

    BillingDesk desk;

    @Test
    void replayingTheBillingProjectionTwiceRebuildsTheSameRows() throws Exception {
        desk = new BillingDesk(context);
        PatientId patient = desk.aPatient("Idrissi");
        String paid = issued(patient, "40", "5.5");
        pay(paid, "a", "50");
        String credited = issued(patient, "30", "0");
        pay(credited, "b", "10");
        desk.send(desk.assistant, "/api/invoices/" + credited + "/credit-note", "{\"reason\": \"Erreur\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> credit(patient).compareTo(new BigDecimal("17.80")) == 0);
        Map<String, List<Map<String, Object>>> before = rows();

        replay();
        replay();

        assertThat(rows()).isEqualTo(before);
        assertThat(before.get("invoice_tax")).hasSize(3);
    }

    String issued(PatientId patient, String price, String rate) throws Exception {
        String invoice = desk.send(desk.assistant, "/api/invoices", "{\"patientId\": \"" + patient + "\"}").get("id").asString();
        desk.send(desk.assistant, "/api/invoices/" + invoice + "/lines", "{\"description\": \"Séance\", \"quantity\": 1,"
                + " \"unitPrice\": " + price + ", \"taxRate\": " + rate + "}");
        desk.send(desk.assistant, "/api/invoices/" + invoice + "/issue", "{}");
        return invoice;
    }

    void pay(String invoice, String key, String amount) throws Exception {
        mvc.perform(post("/api/invoices/" + invoice + "/payments").with(user(desk.assistant)).with(csrf())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\": " + amount + ", \"method\": \"CASH\"}")).andExpect(status().isCreated());
    }

    BigDecimal credit(PatientId patient) {
        return jdbc.sql("SELECT coalesce(max(credit), 0) FROM read_model.patient_balance WHERE patient_id = :id")
                .param("id", patient.value()).query(BigDecimal.class).single();
    }

    private void replay() {
        PooledStreamingEventProcessor processor = processing
                .eventProcessor("billing", PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !processor.isReplaying()
                && rows().get("patient_balance").size() == 1 && rows().get("patient_credit_movement").size() == 2);
    }

    private Map<String, List<Map<String, Object>>> rows() {
        String clinic = desk.clinic.organizationId().toString();
        return Map.of(
                "invoice", select("SELECT * FROM read_model.invoice WHERE organization_id = :org::uuid ORDER BY invoice_id", clinic),
                "invoice_line", select("""
                        SELECT l.* FROM read_model.invoice_line l JOIN read_model.invoice i USING (invoice_id)
                        WHERE i.organization_id = :org::uuid ORDER BY l.invoice_id, l.position""", clinic),
                "invoice_tax", select("""
                        SELECT t.* FROM read_model.invoice_tax t JOIN read_model.invoice i USING (invoice_id)
                        WHERE i.organization_id = :org::uuid ORDER BY t.invoice_id, t.document, t.tax_rate""", clinic),
                "payment", select("SELECT * FROM read_model.payment WHERE organization_id = :org::uuid ORDER BY payment_id", clinic),
                "patient_credit_movement", select("""
                        SELECT * FROM read_model.patient_credit_movement WHERE organization_id = :org::uuid
                        ORDER BY movement_id""", clinic),
                "patient_balance", select("""
                        SELECT patient_id, organization_id, currency, invoiced, paid, balance_due, credit
                        FROM read_model.patient_balance WHERE organization_id = :org::uuid""", clinic));
    }

    private List<Map<String, Object>> select(String sql, String clinic) {
        return jdbc.sql(sql).param("org", clinic).query().listOfRows();
    }
}
