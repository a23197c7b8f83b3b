package io.kine.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Menus and buttons follow the role: what a role cannot use is not shown, and typing its address is refused. */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAwarePagesBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    PatientId patient;

    @BeforeAll
    void aClinicWithOnePatient() {
        Browser.requireChromium();
        clinic = new TestClinics(context).aClinic();
        patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic.organizationId(), new PatientDetails("Salma", "Idrissi",
                LocalDate.of(1975, 1, 30), Sex.FEMALE, null, null, null, null)), clinic.organizationId());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
                .sql("SELECT count(*) FROM read_model.patient WHERE patient_id = :id")
                .param("id", patient.value()).query(Long.class).single() == 1);
    }

    @Test
    void showsTheFrontDeskThePatientsMenuAndEveryPatientAction() {
        try (Browser browser = loggedInAs(Role.ASSISTANT)) {
            assertThat(browser.all("#nav-patients")).hasSize(1);
            browser.open("/patients");
            assertThat(browser.all("#register-patient")).hasSize(1);
            browser.open("/patients/" + patient.value());
            browser.waitForText("#patient-name", "Salma");
            assertThat(browser.all("#edit-patient")).hasSize(1);
            assertThat(browser.all("#archive-patient")).hasSize(1);
        }
    }

    @Test
    void showsAnAuditorThePatientsButNoButtonThatChangesThem() {
        try (Browser browser = loggedInAs(Role.AUDITOR)) {
            assertThat(browser.all("#nav-patients")).hasSize(1);
            browser.open("/patients");
            browser.waitForText("h1", "Patients");
            assertThat(browser.all("#register-patient")).isEmpty();
            browser.open("/patients/" + patient.value());
            browser.waitForText("#patient-name", "Salma");
            assertThat(browser.all("#edit-patient")).isEmpty();
            assertThat(browser.all("#archive-patient")).isEmpty();
            assertThat(browser.all("#restore-patient")).isEmpty();
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void showsAPatientNoPatientsMenuAndRefusesThePatientsPage() {
        try (Browser browser = loggedInAs(Role.PATIENT)) {
            assertThat(browser.all("#nav-patients")).isEmpty();
            browser.open("/patients");

            browser.waitForText("main", "Votre rôle ne permet pas cette action.");
            assertThat(browser.all("#register-patient")).isEmpty();
        }
    }

    private Browser loggedInAs(Role role) {
        Browser browser = new Browser("http://localhost:" + port);
        browser.open("/login?lang=fr");
        browser.type("#username", clinic.user(role).getUsername());
        browser.type("#password", TestClinics.PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#current-user", "Test " + role);
        return browser;
    }
}
