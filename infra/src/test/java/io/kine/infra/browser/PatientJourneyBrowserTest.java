package io.kine.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.kernel.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What a front desk does, in a real headless Chromium: log in, register a patient, find them,
 * change a detail, read the history; and the same pages in Arabic, right to left. Each page
 * visited is checked with axe-core.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PatientJourneyBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    Clinic clinic;

    @BeforeAll
    void logIn() {
        Browser.requireChromium();
        clinic = new TestClinics(context).aClinic();
        browser = new Browser("http://localhost:" + port);
        browser.open("/login?lang=fr");
        browser.type("#username", clinic.user(Role.ASSISTANT).getUsername());
        browser.type("#password", TestClinics.PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#current-user", "Test ASSISTANT");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void showsEachFieldErrorNextToItsField() {
        browser.open("/patients/new");
        browser.type("#email", "pas-une-adresse");
        browser.click("#save");

        browser.waitForText("#firstName-error", "obligatoire");
        assertThat(browser.find("#email-error").getText()).contains("invalide");
        assertThat(browser.attribute("#firstName", "aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#email").getDomProperty("value")).isEqualTo("pas-une-adresse");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    @Order(2)
    void registersAPatientAndFindsThemInTheList() {
        browser.open("/patients");
        browser.click("#register-patient");
        browser.type("#firstName", "Élodie");
        browser.type("#lastName", "Lefèvre-Tazi");
        browser.setValue("#dateOfBirth", "1984-02-29");
        browser.type("#phone", "06 11 22 33 44");
        browser.type("#city", "Paris");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.click("#save");

        browser.waitForText("#flash", "Patient enregistré");
        assertThat(browser.find("#patient-name").getText()).contains("Élodie Lefèvre-Tazi");

        browser.open("/patients?search=elodie lefevre");
        browser.waitForText("#patient-results", "Lefèvre-Tazi");
        assertThat(browser.find("#patient-count").getText()).isEqualTo("1 patient");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("patients-list-fr");
    }

    @Test
    @Order(3)
    void showsWhoChangedWhatInTheHistory() {
        browser.open("/patients?search=lefevre-tazi");
        browser.click(".patient-link");
        browser.click("#edit-patient");
        browser.type("#city", "Casablanca");
        browser.click("#save");
        browser.waitForText("#flash", "Modifications enregistrées");

        browser.click("#tab-history");
        browser.waitForText("#patient-history", "Informations modifiées");
        assertThat(browser.all(".history-entry")).hasSize(2);
        assertThat(browser.all(".history-actor").get(0).getText()).isEqualTo("Test ASSISTANT");
        assertThat(browser.all(".history-entry").get(0).getText()).contains("Paris").contains("Casablanca");
        assertThat(browser.all(".history-event").get(1).getText()).isEqualTo("Patient enregistré");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("patient-history-fr");
    }

    @Test
    @Order(4)
    void archivesAPatientOutOfTheListAndRestoresThem() {
        browser.open("/patients?search=lefevre-tazi");
        browser.click(".patient-link");
        browser.click("#archive-patient");
        browser.waitForText("#flash", "Patient archivé");
        assertThat(browser.find("#archived-badge").getText()).isEqualTo("archivé");

        browser.open("/patients?search=lefevre-tazi");
        browser.waitForText("#patient-count", "Aucun patient");
        browser.open("/patients?search=lefevre-tazi&includeArchived=true");
        browser.click(".patient-link");
        browser.click("#restore-patient");
        browser.waitForText("#flash", "Patient restauré");
        assertThat(browser.all("#archived-badge")).isEmpty();
    }

    @Test
    @Order(5)
    void createsAPersonalAccessTokenShownOnce() {
        browser.click("#nav-tokens");
        browser.type("#token-name", "Tableur");
        browser.click("#create-token");

        assertThat(browser.find("#token-secret").getDomProperty("value")).startsWith("kine_");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open("/tokens");
        assertThat(browser.all("#token-secret")).isEmpty();
        assertThat(browser.find(".token-status").getText()).isEqualTo("actif");
    }

    @Test
    @Order(6)
    void rendersArabicRightToLeft() {
        browser.open("/patients?lang=ar");
        browser.waitForText("h1", "المرضى");

        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
        assertThat(browser.attribute("html", "lang")).isEqualTo("ar");
        assertThat(browser.all("link[href*='bootstrap.rtl']")).hasSize(1);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("patients-list-ar");

        browser.open("/patients?lang=en");
        browser.waitForText("h1", "Patients");
        assertThat(browser.attribute("html", "dir")).isEqualTo("ltr");
        browser.open("/patients?lang=fr");
    }
}
