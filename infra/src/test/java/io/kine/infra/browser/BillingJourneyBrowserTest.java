package io.kine.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.DefineProduct;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.identity.Role;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.ChooseAppointmentTypeService;
import io.kine.kernel.scheduling.CompleteAppointment;
import io.kine.kernel.scheduling.DefineAppointmentType;
import io.kine.kernel.scheduling.MarkAppointmentArrived;
import io.kine.kernel.scheduling.ScheduleAppointment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the front desk does after a session, in a real headless Chromium: bill the completed
 * appointment in one click, issue the invoice, take the payment in two parts, and see the
 * patient's balance reach zero. Each page is checked with axe-core.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingJourneyBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    Browser browser;
    Clinic clinic;

    @BeforeAll
    void aCompletedAppointmentAndALoggedInFrontDesk() {
        Browser.requireChromium();
        clinic = new TestClinics(context).aClinic();
        completedAppointment();
        browser = new Browser("http://localhost:" + port);
        browser.open("/login?lang=fr");
        browser.type("#username", clinic.user(Role.ASSISTANT).getUsername());
        browser.type("#password", TestClinics.PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#current-user", "Test ASSISTANT");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void billsAnAppointmentIssuesTakesTwoPaymentsAndTheBalanceReachesZero() {
        browser.click("#nav-billing");
        browser.click("#billing-to-bill");
        browser.waitForText("#billable-appointments", "Nadia Chraibi");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.click(".bill-appointment");

        browser.waitForText("#invoice-total", "45,00");
        assertThat(browser.find("#invoice-lines").getText()).contains("Séance de rééducation");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.click("#issue-invoice");
        browser.waitForText("#invoice-number", LocalDate.now(ZoneId.of("Europe/Paris")).getYear() + "-000001");

        browser.type("#amount", "20");
        browser.click("#record-payment");
        browser.waitForText("#invoice-due", "25,00");
        assertThat(browser.find("#amount").getDomProperty("value")).isEqualTo("25.00");
        browser.click("#record-payment");
        browser.waitForText("#invoice-due", "0,00");
        assertThat(browser.all(".payment-row")).hasSize(2);
        assertThat(browser.find("h1").getText()).contains("Payée");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.click("#invoice-patient");
        browser.waitForText("#balance-due", "0,00");
        assertThat(browser.find("#balance-paid").getText()).contains("45,00");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open("/billing?lang=ar");
        browser.waitForText("#invoices", "Nadia Chraibi");
        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    /** A signed visit without an appointment, billed from the "to bill" list with a service picked there. */
    @Test
    void billsASignedVisitWithTheServicePickedOnTheToBillPage() throws Exception {
        String visit = aSignedVisitWithoutAppointment();
        browser.open("/billing/appointments?lang=fr");
        browser.waitForText("#billable-visits", "Karim Alaoui");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.setValue("#service-" + visit, jdbc.sql("SELECT product_id FROM read_model.product WHERE organization_id = :id")
                .param("id", clinic.organizationId().value()).query(java.util.UUID.class).single().toString());
        browser.click("#bill-visit-" + visit + " button");

        browser.waitForText("#invoice-total", "45,00");
        assertThat(browser.find("#invoice-lines").getText()).contains("Séance de rééducation");
        browser.open("/billing/appointments?lang=fr");
        browser.waitForText("#no-billable-visits", "Aucune séance");
    }

    private String aSignedVisitWithoutAppointment() throws Exception {
        KineUser practitioner = clinic.user(Role.PRACTITIONER);
        String patient = JsonPath.read(send(post("/api/patients"), practitioner,
                "{\"firstName\": \"Karim\", \"lastName\": \"Alaoui\", \"dateOfBirth\": \"1979-02-03\", \"sex\": \"MALE\"}"),
                "$.id");
        String caseId = JsonPath.read(send(post("/api/patients/" + patient + "/cases"), practitioner,
                "{\"reasonForReferral\": \"Entorse\"}"), "$.caseId");
        String visit = JsonPath.read(send(post("/api/cases/" + caseId + "/visits"), practitioner, "{}"), "$.visitId");
        send(patch("/api/visits/" + visit), practitioner,
                "{\"note\": {\"subjective\": \"Cheville\"}, \"status\": \"SIGNED\"}");
        return visit;
    }

    private String send(MockHttpServletRequestBuilder request, KineUser by, String body) throws Exception {
        return mvc.perform(request.with(user(by)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    private void completedAppointment() {
        OrganizationId organization = clinic.organizationId();
        LocationId location = LocationId.random();
        PatientId patient = PatientId.random();
        ProductId service = ProductId.random();
        AppointmentTypeId type = AppointmentTypeId.random();
        AppointmentId appointment = AppointmentId.random();
        commands.send(new OpenLocation(organization, location, "Casablanca", ZoneId.of("Africa/Casablanca")), organization);
        commands.send(new RegisterPatient(patient, organization, new PatientDetails("Nadia", "Chraibi",
                LocalDate.of(1990, 5, 6), Sex.FEMALE, null, null, PostalAddress.NONE, Insurance.NONE)), organization);
        commands.send(new DefineProduct(service, organization, "REEDU", "Séance de rééducation", ProductKind.SERVICE,
                new BigDecimal("45"), BigDecimal.ZERO), organization);
        commands.send(new DefineAppointmentType(type, organization, "Rééducation", 30, "#2E8B57"), organization);
        commands.send(new ChooseAppointmentTypeService(type, organization, service), organization);
        await().until(() -> count("SELECT count(*) FROM read_model.staff_member WHERE organization_id = :id",
                organization.value()) == clinic.users().size()
                && count("SELECT count(*) FROM read_model.patient WHERE organization_id = :id", organization.value()) == 1);
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        commands.send(new ScheduleAppointment(appointment, organization, patient, clinic.user(Role.PRACTITIONER).userId(),
                location, null, null, start, start.plus(30, ChronoUnit.MINUTES), type, null, null), organization);
        commands.send(new MarkAppointmentArrived(appointment, organization), organization);
        commands.send(new CompleteAppointment(appointment, organization), organization);
        await().until(() -> count("""
                SELECT count(*) FROM read_model.appointment a
                JOIN read_model.appointment_type_service s ON s.appointment_type_id = a.appointment_type_id
                JOIN read_model.product p ON p.product_id = s.product_id
                WHERE a.organization_id = :id AND a.status = 'COMPLETED'
                """, organization.value()) == 1);
    }

    private long count(String sql, java.util.UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
