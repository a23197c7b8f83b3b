package io.kine.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.KineIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new clinic in a real headless Chromium: sign up, log in, open the settings, add a room to
 * the first location and see it listed. Each page is checked with axe-core.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignupJourneyBrowserTest {

    static final String PASSWORD = "un cabinet au bord de la mer";

    @LocalServerPort int port;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        Browser.requireChromium();
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void signsUpLogsInAndAddsARoomToTheFirstLocation() {
        String email = "owner-" + UUID.randomUUID() + "@journey.example.org";
        browser.open("/signup?lang=fr");
        browser.type("#organizationName", "Cabinet de la Corniche");
        browser.type("#locationName", "Casablanca Corniche");
        browser.type("#displayName", "Salma Bennani");
        browser.type("#email", email);
        browser.type("#password", "court");
        browser.click("#signup-submit");
        browser.waitForText("#password-error", "12 caractères");
        assertThat(browser.attribute("#password", "aria-invalid")).isEqualTo("true");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.type("#password", PASSWORD);
        browser.click("#signup-submit");
        browser.waitForText("#flash", "Compte créé");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.type("#username", email);
        browser.type("#password", PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#current-user", "Salma Bennani");

        browser.click("#nav-settings");
        browser.waitForUrlContaining("/settings");
        assertThat(browser.find("#name").getDomProperty("value")).isEqualTo("Cabinet de la Corniche");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.click("#tab-locations");
        browser.waitForText(".location-name", "Casablanca Corniche");
        browser.type(".add-resource input[name=name]", "Salle Océan");
        browser.click(".add-resource-submit");
        browser.waitForText("#flash", "Ressource ajoutée");
        assertThat(browser.find(".resource-name").getText()).isEqualTo("Salle Océan");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("settings-locations-fr");
    }
}
