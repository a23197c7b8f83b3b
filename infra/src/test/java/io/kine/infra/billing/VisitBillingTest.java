package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** One click bills a signed visit with its service's price, once, whether through the visit or its appointment. */
@KineIntegrationTest
class VisitBillingTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    BillingDesk desk;
    KineUser practitioner;
    PatientId patient;

    @BeforeEach
    void aDeskOfItsOwn() {
        desk = new BillingDesk(context);
        practitioner = desk.clinic.user(Role.PRACTITIONER);
        patient = desk.aPatient("Benali");
    }

    /** A visit signed by the practitioner, started from {@code appointment} when not null. */
    String aSignedVisit(AppointmentId appointment) throws Exception {
        String visit = aDraftVisit(appointment);
        json(patch("/api/visits/" + visit), practitioner, """
                {"note": {"subjective": "Douleur lombaire", "plan": "Exercices"}, "status": "SIGNED"}
                """).andExpect(status().isOk());
        return visit;
    }

    String aDraftVisit(AppointmentId appointment) throws Exception {
        String caseId = JsonPath.read(json(post("/api/patients/" + patient + "/cases"), practitioner,
                "{\"reasonForReferral\": \"Lombalgie\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.caseId");
        return JsonPath.read(json(post("/api/cases/" + caseId + "/visits"), practitioner,
                appointment == null ? "{}" : "{\"appointmentId\": \"" + appointment + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.visitId");
    }

    ResultActions bill(String visit, String body) throws Exception {
        return json(post("/api/visits/" + visit + "/invoice"), desk.assistant, body);
    }

    ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, KineUser by,
            String body) throws Exception {
        return mvc.perform(request.with(user(by)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void billsASignedVisitWithTheServiceOfItsAppointmentsTypeAtTheCatalogPrice() throws Exception {
        ProductId session = desk.aService("AMK-V", "42.50", "0");
        AppointmentId appointment = desk.aCompletedAppointment(patient, session);
        String visit = aSignedVisit(appointment);

        mvc.perform(get("/api/visits/" + visit + "/billing").with(user(desk.assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patientName").value("Amina Benali"))
                .andExpect(jsonPath("$.practitionerId").value(practitioner.userId().toString()))
                .andExpect(jsonPath("$.appointmentId").value(appointment.toString()))
                .andExpect(jsonPath("$.productId").value(session.toString()))
                .andExpect(jsonPath("$.unitPrice").value(42.5))
                .andExpect(jsonPath("$.billable").value(true));

        bill(visit, "{}").andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/invoices/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.billedItem.kind").value("VISIT"))
                .andExpect(jsonPath("$.billedItem.id").value(visit))
                .andExpect(jsonPath("$.lines[0].productId").value(session.toString()))
                .andExpect(jsonPath("$.total").value(42.5));
        mvc.perform(get("/api/visits/" + visit + "/billing").with(user(desk.assistant)))
                .andExpect(jsonPath("$.billable").value(false))
                .andExpect(jsonPath("$.invoiceBills").value("VISIT"));
    }

    @Test
    void billsAVisitWithoutAppointmentWithTheServicePickedFromTheCatalog() throws Exception {
        ProductId bilan = desk.aService("BILAN-V", "55", "20");
        String visit = aSignedVisit(null);

        bill(visit, "{\"productId\": \"" + bilan + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].description").value(org.hamcrest.Matchers.startsWith("Séance BILAN-V (")))
                .andExpect(jsonPath("$.net").value(55.0))
                .andExpect(jsonPath("$.total").value(66.0));
    }

    @Test
    void opensOneDraftWhenTheVisitIsBilledTwiceAtOnce() throws Exception {
        ProductId session = desk.aService("DOUBLE-V", "30", "0");
        String visit = aSignedVisit(desk.aCompletedAppointment(patient, session));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(pool.submit(() -> {
                start.await();
                return JsonPath.read(bill(visit, "{}").andExpect(status().is2xxSuccessful())
                        .andReturn().getResponse().getContentAsString(), "$.id");
            }));
        }
        start.countDown();
        String first = clicks.get(0).get();
        String second = clicks.get(1).get();
        pool.shutdown();

        assertThat(second).isEqualTo(first);
        bill(visit, "{}").andExpect(status().isOk()).andExpect(jsonPath("$.id").value(first))
                .andExpect(jsonPath("$.lines.length()").value(1));
        assertThat(desk.count("SELECT count(*) FROM read_model.invoice WHERE billed_id = :id",
                java.util.UUID.fromString(visit))).isEqualTo(1);
    }

    @Test
    void refusesToBillAVisitWhoseAppointmentIsBilledNamingTheInvoice() throws Exception {
        ProductId session = desk.aService("ONCE-V", "30", "0");
        AppointmentId appointment = desk.aCompletedAppointment(patient, session);
        String visit = aSignedVisit(appointment);
        String invoice = desk.send(desk.assistant, "/api/invoices", "{\"appointmentId\": \"" + appointment + "\"}")
                .get("id").asString();

        bill(visit, "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/already-billed"))
                .andExpect(jsonPath("$.invoiceId").value(invoice))
                .andExpect(jsonPath("$.invoiceNumber").doesNotExist());
        assertThat(desk.count("SELECT count(*) FROM read_model.invoice WHERE billed_id = :id",
                java.util.UUID.fromString(visit))).isZero();
    }

    @Test
    void refusesToBillAnAppointmentWhoseVisitIsBilledNamingTheInvoice() throws Exception {
        ProductId session = desk.aService("ONCE-A", "30", "0");
        AppointmentId other = desk.aCompletedAppointment(patient, session);
        String otherVisit = aSignedVisit(other);
        String visitInvoice = JsonPath.read(bill(otherVisit, "{}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        json(post("/api/invoices"), desk.assistant, "{\"appointmentId\": \"" + other + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.invoiceId").value(visitInvoice));
        assertThat(desk.count("SELECT count(*) FROM read_model.invoice WHERE billed_id = :id", other.value()))
                .isZero();
    }

    @Test
    void refusesADraftVisitAndAnUnknownService() throws Exception {
        String draft = aDraftVisit(null);
        bill(draft, "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/visit-not-billable"));

        String signed = aSignedVisit(null);
        bill(signed, "{\"productId\": \"" + ProductId.random() + "\"}").andExpect(status().isNotFound());
        assertThat(desk.count("SELECT count(*) FROM read_model.invoice WHERE billed_id = :id",
                java.util.UUID.fromString(signed))).isZero();
    }

    @Test
    void forbidsBillingToARoleWithoutBillingManage() throws Exception {
        String visit = aSignedVisit(null);
        json(post("/api/visits/" + visit + "/invoice"), desk.clinic.user(Role.AUDITOR), "{}")
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherClinicCannotBillTheVisit() throws Exception {
        String visit = aSignedVisit(null);
        KineUser stranger = new BillingDesk(context).assistant;
        json(post("/api/visits/" + visit + "/invoice"), stranger, "{}").andExpect(status().isNotFound());
        mvc.perform(get("/api/visits/" + visit + "/billing").with(user(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void theVisitPageAndTheToBillPageBillInOneClick() throws Exception {
        ProductId session = desk.aService("PAGE-V", "35", "0");
        String visit = aSignedVisit(desk.aCompletedAppointment(patient, session));
        KineUser owner = desk.owner;

        String page = mvc.perform(get("/visits/" + visit).with(user(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"bill-visit-form\"").contains("Séance PAGE-V");
        String toBill = mvc.perform(get("/billing/appointments").with(user(desk.assistant))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(toBill).contains("/billing/visits/" + visit + "/invoice");
        String auditorPage = mvc.perform(get("/visits/" + visit).with(user(desk.clinic.user(Role.AUDITOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(auditorPage).doesNotContain("bill-visit-form").doesNotContain("visit-billing");

        mvc.perform(post("/billing/visits/" + visit + "/invoice").param("back", "visit").with(user(owner)).with(csrf()))
                .andExpect(redirectedUrlPattern("/billing/invoices/*"));

        assertThat(mvc.perform(get("/visits/" + visit).with(user(owner))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"visit-invoice-link\"").doesNotContain("bill-visit-form");
        assertThat(mvc.perform(get("/billing/appointments").with(user(desk.assistant))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/billing/visits/" + visit + "/invoice");
    }
}
