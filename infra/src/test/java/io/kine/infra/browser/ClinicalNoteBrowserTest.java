package io.kine.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.DefineNoteTemplate;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.OpenCase;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practitioner's day with a note, in a real headless Chromium, in French then in Arabic:
 * start a visit, write the note from a template, edit it (autosave), sign it, read the
 * revisions side by side, try to edit the signed note and be refused. Every page is checked
 * with axe-core.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClinicalNoteBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;

    Browser browser;
    Clinic clinic;
    PatientId patient = PatientId.random();

    @BeforeAll
    void aPatientWithTwoCasesAndATemplate() {
        Browser.requireChromium();
        clinic = new TestClinics(context).aClinic();
        var organization = clinic.organizationId();
        commands.send(new RegisterPatient(patient, organization, new PatientDetails("Leïla", "Haddad",
                LocalDate.of(1988, 4, 2), Sex.FEMALE, null, null, PostalAddress.NONE, Insurance.NONE)), organization);
        commands.send(new DefineNoteTemplate(NoteTemplateId.random(), organization, "Lombalgie",
                new SoapNote("Douleur lombaire depuis :", "Schober :", null, "Renforcement du tronc")), organization);
        for (String reason : new String[] {"Lombalgie aiguë", "ألم أسفل الظهر"}) {
            commands.send(new OpenCase(CaseId.random(), organization, patient, clinic.user(Role.PRACTITIONER).userId(),
                    new CaseDetails(reason, "M54.5", null, null, null)), organization);
        }
        await().until(() -> count("SELECT count(*) FROM read_model.clinical_case WHERE patient_id = :p") == 2
                && count("SELECT count(*) FROM read_model.note_template t JOIN read_model.patient p"
                        + " ON p.organization_id = t.organization_id WHERE p.patient_id = :p") == 1
                && count("SELECT count(*) FROM read_model.staff_member s JOIN read_model.patient p"
                        + " ON p.organization_id = s.organization_id WHERE p.patient_id = :p") == clinic.users().size());
        browser = new Browser("http://localhost:" + port);
        browser.open("/login?lang=fr");
        browser.type("#username", clinic.user(Role.PRACTITIONER).getUsername());
        browser.type("#password", TestClinics.PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#current-user", "Test PRACTITIONER");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void writesEditsSignsAndComparesANoteInFrench() {
        journey("fr", "Lombalgie aiguë", new String[] {"Modèle appliqué", "Brouillon enregistré", "révision 2",
                "Note signée", "Signée", "Révision 1 et révision 2", "Note signée : modification refusée"});
    }

    @Test
    @Order(2)
    void writesEditsSignsAndComparesANoteInArabic() {
        journey("ar", "ألم أسفل الظهر", new String[] {"تم تطبيق النموذج", "تم حفظ المسودة", "المراجعة 2",
                "تم توقيع الملاحظة", "موقعة", "المراجعة 1 والمراجعة 2", "ملاحظة موقعة: رُفض التعديل"});
        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
    }

    /** The whole journey in one language; {@code says} are the texts expected on the way, in order. */
    private void journey(String language, String caseReason, String[] says) {
        browser.open("/patients/" + patient + "/chart?lang=" + language);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.all(".case-item").stream().filter(item -> item.getText().contains(caseReason)).findFirst()
                .orElseThrow().click();
        browser.waitForUrlContaining("/cases/");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.click("#start-visit");
        browser.waitForUrlContaining("/edit");

        new Select(browser.find("#template")).selectByVisibleText("Lombalgie");
        browser.click("#apply-template");
        browser.waitForText("#notice", says[0]);
        assertThat(browser.find("#subjective").getDomProperty("value")).isEqualTo("Douleur lombaire depuis :");
        assertThat(browser.find("#plan").getDomProperty("value")).isEqualTo("Renforcement du tronc");
        browser.find("#subjective").sendKeys(" 3 semaines, 7/10.");
        browser.type("#pain", "7");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.click("#save-note");
        browser.waitForText("#flash", says[1]);

        browser.find("#objective").sendKeys(" 2 cm");
        browser.type("#pain", "5");
        browser.waitForText("#autosave-status", "2");
        assertThat(browser.find("#autosave-status").getText()).contains(says[2]);
        browser.click("#sign-note");
        browser.waitForText("#flash", says[3]);
        assertThat(browser.find("#visit-status").getText()).isEqualTo(says[4]);
        assertThat(browser.find("#note-subjective").getText()).isEqualTo("Douleur lombaire depuis : 3 semaines, 7/10.");
        assertThat(browser.find("#note-objective").getText()).isEqualTo("Schober : 2 cm");
        assertThat(browser.all("#edit-note")).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.click("#revisions-link");
        browser.waitForUrlContaining("/revisions");
        assertThat(browser.all(".revision-row")).hasSize(2);
        browser.script("document.getElementById('from').value = '1';");
        browser.click("#compare");
        browser.waitForText("#pair", says[5]);
        assertThat(browser.find("#diff-objective ins").getText()).contains("2 cm");
        assertThat(browser.find("#diff-measures del").getText()).isEqualTo("7");
        assertThat(browser.find("#diff-measures ins").getText()).isEqualTo("5");
        assertThat(browser.accessibilityViolations()).isEmpty();

        String visitUrl = browser.currentUrl().replaceAll("/revisions.*$", "");
        browser.open(visitUrl.substring(visitUrl.indexOf("/visits/")) + "/edit");
        browser.waitForText("#error", says[6]);
        assertThat(browser.currentUrl()).doesNotContain("/edit");
        assertThat(browser.all("textarea#subjective")).isEmpty();

        browser.click("#back-to-case");
        assertThat(browser.find("#pain-chart").getDomAttribute("data-drawn")).isEqualTo("true");
        assertThat(browser.all(".pain-value").stream().map(e -> e.getText()).toList()).containsExactly("5");
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("p", patient.value()).query(Long.class).single();
    }
}
