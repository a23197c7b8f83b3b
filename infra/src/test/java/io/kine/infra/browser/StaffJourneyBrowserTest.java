package io.kine.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.kernel.identity.Role;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What an owner does with the team, in a real headless Chromium: invite a practitioner, who
 * opens the mailed link, chooses a password and logs in with the menu of their role; then the
 * owner deactivates them. And a forgotten password reset through the pages. Each page is
 * checked with axe-core.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffJourneyBrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(43025, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    private static final String PASSWORD = "lilas-au-printemps";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    Browser browser;
    Clinic clinic;
    String practitionerEmail = "ines-" + UUID.randomUUID() + "@kine-test.fr";

    @BeforeAll
    void openTheBrowser() {
        Browser.requireChromium();
        clinic = new TestClinics(context).aClinic();
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void theOwnerInvitesAPractitioner() {
        logIn(clinic.user(Role.OWNER).getUsername(), TestClinics.PASSWORD, "Test OWNER");
        browser.click("#nav-staff");
        browser.find("#staff-list");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.click("#invite-member");
        browser.click("#send-invitation");
        browser.waitForText("#email-error", "obligatoire");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.type("#email", practitionerEmail);
        browser.type("#displayName", "Inès Haddad");
        browser.click("input[value='PRACTITIONER']");
        browser.click("#send-invitation");

        browser.waitForText("#flash", "Invitation envoyée");
        assertThat(browser.find("#member-name").getText()).contains("Inès Haddad").contains("Invité");
        assertThat(browser.accessibilityViolations()).isEmpty();
        logOut();
    }

    @Test
    @Order(2)
    void theInviteeChoosesAPasswordAndSeesTheMenuOfAPractitioner() throws Exception {
        browser.open(link(MAIL.getReceivedMessagesForDomain(practitionerEmail)[0], "/invitations/"));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.type("#password", PASSWORD);
        browser.type("#confirmation", PASSWORD);
        browser.click("#accept");

        browser.find("#login-accepted");
        logIn(practitionerEmail, PASSWORD, "Inès Haddad");
        assertThat(browser.find("#nav-patients").isDisplayed()).isTrue();
        assertThat(browser.all("#nav-staff")).isEmpty();
        browser.click("#nav-profile");
        browser.waitForText("#profile-roles", "Praticien");
        assertThat(browser.accessibilityViolations()).isEmpty();
        logOut();
    }

    @Test
    @Order(3)
    void theOwnerDeactivatesThem() {
        logIn(clinic.user(Role.OWNER).getUsername(), TestClinics.PASSWORD, "Test OWNER");
        browser.open("/staff");
        browser.click("tr[data-email='" + practitionerEmail + "'] a");
        browser.waitForText("#member-name", "Inès Haddad");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.click("#deactivate");

        browser.waitForText("#flash", "Compte désactivé");
        assertThat(browser.find("#member-name").getText()).contains("Désactivé");
        logOut();
        logInRefused(practitionerEmail, PASSWORD);
    }

    @Test
    @Order(4)
    void aForgottenPasswordIsResetThroughTheMailedLink() throws Exception {
        String assistant = clinic.user(Role.ASSISTANT).getUsername();
        browser.open("/login");
        browser.click("#forgot-password");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.type("#email", assistant);
        browser.click("#send-reset");
        browser.find("#reset-sent");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.open(link(MAIL.getReceivedMessagesForDomain(assistant)[0], "/password-reset/"));
        browser.type("#password", "court");
        browser.type("#confirmation", "court");
        browser.click("#save-password");
        browser.waitForText("#password-error", "12 caractères");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.type("#password", "glycines-en-fleurs");
        browser.type("#confirmation", "glycines-en-fleurs");
        browser.click("#save-password");

        browser.find("#login-reset");
        logIn(assistant, "glycines-en-fleurs", "Test ASSISTANT");
    }

    private void logIn(String email, String password, String displayName) {
        browser.open("/login?lang=fr");
        browser.type("#username", email);
        browser.type("#password", password);
        browser.click("#login-submit");
        browser.waitForText("#current-user", displayName);
    }

    private void logInRefused(String email, String password) {
        browser.open("/login?lang=fr");
        browser.type("#username", email);
        browser.type("#password", password);
        browser.click("#login-submit");
        browser.find("#login-error");
    }

    private void logOut() {
        browser.click("#logout");
        browser.waitForUrlContaining("/login?logout");
    }

    /** The link's path from the mail; the browser opens it on this test's server. */
    private static String link(MimeMessage mail, String prefix) throws Exception {
        Matcher link = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_-]+").matcher((String) mail.getContent());
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group();
    }
}
