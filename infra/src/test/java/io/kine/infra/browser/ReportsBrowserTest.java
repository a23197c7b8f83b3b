package io.kine.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.reporting.KpiClinic;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The dashboards in a real browser: the chart is drawn from the WebJar, the numbers are in a
 * table, French and Arabic pass axe-core, and the front desk lands on the day's operations.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    KpiClinic kpi;
    Browser browser;

    @BeforeAll
    void aClinicWithAMonthOfAppointments() {
        Browser.requireChromium();
        kpi = new KpiClinic(context);
        PatientId amina = kpi.aPatient("Amina");
        PatientId bilal = kpi.aPatient("Bilal");
        kpi.complete(kpi.book(amina, KpiClinic.MONDAY, 9));
        kpi.noShow(kpi.book(bilal, KpiClinic.MONDAY, 10));
        kpi.cancel(kpi.book(bilal, KpiClinic.MONDAY.plusDays(1), 10), true);
        kpi.awaitKpiGeneration(8);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsAManagerTheChartAndItsNumbersInFrenchAndArabic() {
        logIn(Role.MANAGER);
        browser.click("#nav-reports");
        browser.waitForUrlContaining("/reports");
        browser.open("/reports?from=2025-03-01&to=2025-03-31&granularity=WEEK&lang=fr");
        browser.waitForText("h1", "Indicateurs du cabinet");

        assertThat(browser.script("return typeof Chart !== 'undefined' && Chart.getChart('kpi-chart') !== undefined"))
                .isEqualTo(true);
        assertThat(browser.all("#kpi-table tbody tr")).hasSize(6);
        assertThat(browser.find("#total-appointments").getText()).isEqualTo("3");
        assertThat(browser.attribute("#export-csv", "href")).contains("/reports/export?from=2025-03-01");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.open("/reports?from=2025-03-01&to=2025-03-31&granularity=WEEK&lang=ar");
        browser.waitForText("h1", "مؤشرات العيادة");
        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
        assertThat(browser.script("return Chart.getChart('kpi-chart').options.scales.x.reverse")).isEqualTo(true);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open("/reports?lang=fr");
        logOut();
    }

    @Test
    void takesTheFrontDeskToTheDaysOperations() {
        logIn(Role.ASSISTANT);
        browser.click("#nav-reports");
        browser.waitForUrlContaining("/reports/today");
        browser.open("/reports/today?day=" + LocalDate.of(2025, 3, 3));

        browser.waitForText("#today-completed", "1");
        assertThat(browser.all("#tab-organization")).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        logOut();
    }

    private void logIn(Role role) {
        browser.open("/login?lang=fr");
        browser.type("#username", kpi.clinic.user(role).getUsername());
        browser.type("#password", TestClinics.PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#current-user", "Test " + role);
    }

    private void logOut() {
        browser.click("#logout");
        browser.waitForUrlContaining("/login?logout");
    }
}
