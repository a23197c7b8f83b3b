package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The billing API through the whole stack: security, commands, numbering, projections, credit. */
@KineIntegrationTest
class InvoiceApiTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;

    BillingDesk desk;
    PatientId patient;
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    @BeforeEach
    void aDeskOfItsOwn() {
        desk = new BillingDesk(context);
        patient = desk.aPatient("Benali");
    }

    String draft(PatientId who) throws Exception {
        return desk.send(desk.assistant, "/api/invoices", "{\"patientId\": \"" + who + "\"}").get("id").asString();
    }

    JsonNode line(String invoice, String body) throws Exception {
        return desk.send(desk.assistant, "/api/invoices/" + invoice + "/lines", body);
    }

    JsonNode issue(String invoice) throws Exception {
        return desk.send(desk.assistant, "/api/invoices/" + invoice + "/issue", "{}");
    }

    ResultActions pay(String invoice, String key, String amount) throws Exception {
        return mvc.perform(post("/api/invoices/" + invoice + "/payments").with(user(desk.assistant)).with(csrf())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\": " + amount + ", \"method\": \"CARD\", \"reference\": \"TPE\"}"));
    }

    JsonNode account(PatientId who) throws Exception {
        return json.readTree(mvc.perform(get("/api/patients/" + who + "/account").with(user(desk.assistant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void totalsLinesPerLineWithDiscountsAndTaxesAndIssuesWithTheYearsFirstNumber() throws Exception {
        ProductId session = desk.aService("AMK", "16.13", "0");
        String invoice = draft(patient);
        line(invoice, "{\"productId\": \"" + session + "\", \"quantity\": 3}");
        line(invoice, """
                {"description": "Bande de strapping", "quantity": 2, "unitPrice": 7.455, "taxRate": 20,
                 "discount": {"kind": "PERCENT", "value": 10}}
                """);

        JsonNode issued = issue(invoice);

        // 3 x 16.13 = 48.39 at 0 %; 2 x 7.455 = 14.91 - 10 % = 13.419 -> 13.42 net, 2.684 -> 2.68 tax
        assertThat(issued.get("number").asString()).isEqualTo(year + "-000001");
        assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
        assertThat(issued.get("net").decimalValue()).isEqualByComparingTo("61.81");
        assertThat(issued.get("tax").decimalValue()).isEqualByComparingTo("2.68");
        assertThat(issued.get("total").decimalValue()).isEqualByComparingTo("64.49");
        assertThat(issued.get("taxes")).hasSize(2);
        assertThat(issued.get("taxes").get(1).get("rate").decimalValue()).isEqualByComparingTo("20");
        assertThat(issued.get("taxes").get(1).get("total").decimalValue()).isEqualByComparingTo("16.10");
        assertThat(issued.get("lines").get(0).get("description").asString()).isEqualTo("Séance AMK");
        assertThat(issue(draftWithALine()).get("number").asString()).isEqualTo(year + "-000002");
    }

    String draftWithALine() throws Exception {
        String invoice = draft(patient);
        line(invoice, "{\"description\": \"Séance\", \"quantity\": 1, \"unitPrice\": 40, \"taxRate\": 0}");
        return invoice;
    }

    @Test
    void paysInTwoPartsRecordingARetriedPaymentOnceUntilTheBalanceIsZero() throws Exception {
        String invoice = draftWithALine();
        issue(invoice);

        pay(invoice, "first", "15").andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PARTIALLY_PAID"));
        pay(invoice, "first", "15").andExpect(status().isCreated()).andExpect(jsonPath("$.payments.length()").value(1))
                .andExpect(jsonPath("$.balanceDue").value(25.00));
        pay(invoice, "second", "25").andExpect(jsonPath("$.status").value("PAID")).andExpect(jsonPath("$.balanceDue").value(0.0));

        JsonNode account = account(patient);
        assertThat(account.get("balanceDue").decimalValue()).isZero();
        assertThat(account.get("paid").decimalValue()).isEqualByComparingTo("40");
        assertThat(account.get("payments")).hasSize(2);
    }

    @Test
    void keepsAnOverpaymentAsCreditAndAppliesItToTheNextInvoice() throws Exception {
        String first = draftWithALine();
        issue(first);
        pay(first, "cash", "50").andExpect(jsonPath("$.status").value("PAID"));
        await().until(() -> account(patient).get("credit").decimalValue().compareTo(java.math.BigDecimal.TEN) == 0);
        String second = draftWithALine();
        issue(second);

        mvc.perform(post("/api/patients/" + patient + "/credit/applications").with(user(desk.assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"invoiceId\": \"" + second + "\", \"amount\": 10}"))
                .andExpect(status().isAccepted());

        await().until(() -> account(patient).get("balanceDue").decimalValue().compareTo(new java.math.BigDecimal("30")) == 0);
        assertThat(account(patient).get("credit").decimalValue()).isZero();
        mvc.perform(post("/api/patients/" + patient + "/credit/applications").with(user(desk.assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"invoiceId\": \"" + second + "\", \"amount\": 5}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("https://kine.io/problems/insufficient-credit"));
    }

    @Test
    void correctsAnIssuedInvoiceOnlyByACreditNoteWithItsOwnNumberAndCreditsWhatWasPaid() throws Exception {
        String invoice = draftWithALine();
        issue(invoice);
        pay(invoice, "part", "15");

        mvc.perform(patch("/api/invoices/" + invoice).with(user(desk.assistant)).with(csrf())
                        .contentType("application/merge-patch+json").content("{\"notes\": \"changed\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/invoice-invalid-transition"));
        JsonNode credited = desk.send(desk.assistant, "/api/invoices/" + invoice + "/credit-note",
                "{\"reason\": \"Séance annulée\"}");

        assertThat(credited.get("status").asString()).isEqualTo("CREDITED");
        assertThat(credited.get("creditNote").get("number").asString()).isEqualTo("AV-" + year + "-000001");
        assertThat(credited.get("balanceDue").decimalValue()).isZero();
        await().until(() -> account(patient).get("credit").decimalValue().compareTo(new java.math.BigDecimal("15")) == 0);
    }

    @Test
    void refusesToIssueADraftWithoutLinesAndDeletesNothing() throws Exception {
        String invoice = draft(patient);
        mvc.perform(post("/api/invoices/" + invoice + "/issue").with(user(desk.assistant)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/invoice-empty"));
        mvc.perform(delete("/api/invoices/" + invoice).with(user(desk.assistant)).with(csrf()))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void billsACompletedAppointmentInOneClickAtItsServicesPrice() throws Exception {
        ProductId session = desk.aService("BILAN", "45.5", "0");
        AppointmentId appointment = desk.aCompletedAppointment(patient, session);

        JsonNode billed = desk.send(desk.assistant, "/api/invoices", "{\"appointmentId\": \"" + appointment + "\"}");
        JsonNode again = desk.send(desk.assistant, "/api/invoices", "{\"appointmentId\": \"" + appointment + "\"}");

        assertThat(billed.get("billedItem").get("kind").asString()).isEqualTo("APPOINTMENT");
        assertThat(billed.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("45.5");
        assertThat(billed.get("total").decimalValue()).isEqualByComparingTo("45.50");
        assertThat(again.get("id").asString()).isEqualTo(billed.get("id").asString());
    }

    @Test
    void exportsIssuedInvoicesAsUtf8CsvWithAByteOrderMarkAndFrenchDecimals() throws Exception {
        String invoice = draftWithALine();
        String number = issue(invoice).get("number").asString();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

        byte[] csv = mvc.perform(get("/api/invoices/export.csv").param("from", today.minusDays(1).toString())
                        .param("to", today.plusDays(1).toString()).param("lang", "fr").with(user(desk.assistant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).startsWith(number + ";").contains(";40,00;")
                .contains("Amina Benali");
    }

    @Test
    void showsOverdueMoneyInAgingBuckets() throws Exception {
        String invoice = draftWithALine();
        issue(invoice);
        LocalDate asOf = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30 + 45);

        mvc.perform(get("/api/billing/aging").param("asOf", asOf.toString()).with(user(desk.assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.buckets[1].label").value("31-60"))
                .andExpect(jsonPath("$.buckets[1].amount.amount").value(40.0))
                .andExpect(jsonPath("$.patients[0].patientName").value("Amina Benali"));
    }

    @Test
    void refusesACreditPaymentThatDoesNotComeFromThePatientsCredit() throws Exception {
        String invoice = draftWithALine();
        issue(invoice);

        mvc.perform(post("/api/invoices/" + invoice + "/payments").with(user(desk.assistant)).with(csrf())
                        .header("Idempotency-Key", "forged").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 40, \"method\": \"CREDIT\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/invoices/" + invoice + "/payments").with(user(desk.assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 40, \"method\": \"CASH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void opensOneDraftWhenTheBillButtonIsClickedTwiceAtOnce() throws Exception {
        ProductId session = desk.aService("DOUBLE", "30", "0");
        AppointmentId appointment = desk.aCompletedAppointment(patient, session);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> clicks = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(pool.submit(() -> {
                start.await();
                return desk.send(desk.assistant, "/api/invoices", "{\"appointmentId\": \"" + appointment + "\"}")
                        .get("id").asString();
            }));
        }
        start.countDown();
        String first = clicks.get(0).get();
        String second = clicks.get(1).get();
        pool.shutdown();

        assertThat(second).isEqualTo(first);
        assertThat(desk.count("SELECT count(*) FROM read_model.invoice WHERE billed_id = :id", appointment.value()))
                .isEqualTo(1);
    }

    @Test
    void filtersInvoicesByStatusAndByWordsOfThePatientsName() throws Exception {
        PatientId other = desk.aPatient("Ouazzani");
        issue(draftWithALine());
        draft(other);

        mvc.perform(get("/api/invoices").param("patient", "benal").with(user(desk.assistant)))
                .andExpect(jsonPath("$.meta.total").value(1))
                .andExpect(jsonPath("$.data[0].patientName").value("Amina Benali"));
        mvc.perform(get("/api/invoices").param("status", "DRAFT").with(user(desk.assistant)))
                .andExpect(jsonPath("$.meta.total").value(1))
                .andExpect(jsonPath("$.data[0].patientName").value("Amina Ouazzani"));
    }
}
