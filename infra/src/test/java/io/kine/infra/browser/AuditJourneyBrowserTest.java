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
import io.kine.kernel.patients.UpdatePatientDetails;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An auditor browses, opens a record as of an instant and verifies the chain; an owner erases a patient. */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditJourneyBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    PatientId patient;

    @BeforeAll
    void aClinicWithAPatientWhoMoved() {
        Browser.requireChromium();
        clinic = new TestClinics(context).aClinic();
        patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic.organizationId(), details("Paris")), clinic.organizationId());
        commands.send(new UpdatePatientDetails(patient, clinic.organizationId(), details("Lyon"), 0L), clinic.organizationId());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT count(*) FROM domain_event_entry e WHERE e.meta_data::jsonb ->> 'organizationId' = :org
                  AND NOT EXISTS (SELECT 1 FROM audit.event_chain c WHERE c.global_index = e.global_index)
                """).param("org", clinic.organizationId().toString()).query(Long.class).single() == 0
                && jdbc.sql("SELECT count(*) FROM read_model.patient WHERE patient_id = :id")
                        .param("id", patient.value()).query(Long.class).single() == 1);
    }

    @Test
    void anAuditorBrowsesTheEventsSeesWhatChangedAndFindsTheChainIntact() {
        try (Browser browser = loggedInAs(Role.AUDITOR, "fr")) {
            browser.click("#nav-audit");
            browser.waitForText("h1", "Journal d");
            assertThat(browser.all(".event-row")).isNotEmpty();
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.open("/audit/events?entityType=Patient&eventType=PatientDetailsUpdated");
            browser.waitForText(".event-row .event-change", "Lyon");
            assertThat(browser.find(".event-row .event-change").getText()).contains("Paris").contains("Ville");

            browser.click(".event-row .event-type");
            browser.waitForText("#raw-payload", "Lyon");
            assertThat(browser.find("#chain-link").getText()).contains("2");

            browser.open("/audit/verify");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.click("#verify-chain");
            browser.waitForText("#chain-intact", "Intacte");
            assertThat(browser.find("#head-hash").getText()).hasSize(64);
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void anAuditorSeesARecordAsItWasBeforeTheChangeInArabicToo() {
        try (Browser browser = loggedInAs(Role.AUDITOR, "ar")) {
            browser.open("/audit/records/" + patient.value() + "?at=2020-01-01T00:00");
            browser.waitForText("#not-yet", "");
            assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
            browser.open("/audit/records/" + patient.value());
            assertThat(browser.all(".history-entry")).hasSize(2);
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.open("/audit/access");
            browser.open("/audit/digest");
            assertThat(browser.all(".digest-row")).isNotEmpty();
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void anOwnerErasesAPatientWithAReasonAndTheChartThenShowsErased() {
        PatientId leaving = PatientId.random();
        commands.send(new RegisterPatient(leaving, clinic.organizationId(), new PatientDetails("Nora", "Ziani",
                LocalDate.of(1970, 4, 4), Sex.FEMALE, null, null, null, null)), clinic.organizationId());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM read_model.patient WHERE patient_id = :id")
                .param("id", leaving.value()).query(Long.class).single() == 1);
        try (Browser browser = loggedInAs(Role.OWNER, "fr")) {
            browser.open("/patients/" + leaving.value());
            browser.click("#erase-patient");
            browser.waitForText("#erasure-subject", "Nora Ziani");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.type("#reason", "Demande écrite de la patiente");
            browser.click("#confirm-erasure");
            browser.waitForText("#flash", "effacées");
            assertThat(browser.find("#patient-name").getText()).contains("[erased]").doesNotContain("Nora");
        }
    }

    private Browser loggedInAs(Role role, String language) {
        Browser browser = new Browser("http://localhost:" + port);
        browser.open("/login?lang=" + language);
        browser.type("#username", clinic.user(role).getUsername());
        browser.type("#password", TestClinics.PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#current-user", "Test " + role);
        return browser;
    }

    private PatientDetails details(String city) {
        return new PatientDetails("Camille", "Moreau", LocalDate.of(1982, 6, 1), Sex.FEMALE, null, null,
                new io.kine.kernel.patients.PostalAddress("2 rue Haute", "75001", city, "France"), null);
    }
}
