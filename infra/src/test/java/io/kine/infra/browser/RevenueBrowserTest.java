package io.kine.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.billing.RevenueClinic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The revenue section in a real browser, in French and in Arabic (right to left): the charts are
 * drawn, axe-core finds no violation, and every amount of the per-practitioner and per-service
 * tables is the CSV's, read digit by digit whatever the script of the digits.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    RevenueClinic books;
    Browser browser;

    @BeforeAll
    void aClinicWithTwoMonthsOfInvoices() throws Exception {
        Browser.requireChromium();
        books = new RevenueClinic(context);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsTheOwnerTheRevenueBreakdownsAsInTheCsvInFrenchAndArabic() throws Exception {
        List<String> csv = mvc.perform(get("/reports/export?" + RevenueClinic.PERIOD).with(user(books.owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().lines().toList();
        logIn();

        browser.open("/reports?" + RevenueClinic.PERIOD + "&lang=fr");
        browser.waitForText("#revenue-title", "Chiffre d'affaires");
        assertThat(browser.script("return Chart.getChart('revenue-practitioners-chart') !== undefined"
                + " && Chart.getChart('revenue-services-chart') !== undefined")).isEqualTo(true);
        assertThat(rowNames("#revenue-practitioners tbody tr"))
                .containsExactly("Test PRACTITIONER", "Zoé Second", "Non attribué");
        assertTheTablesShowTheCsvAmounts(csv);
        assertThat(browser.find("#revenue-definitions").getText()).contains("une séance sans rendez-vous n'a pas de lieu");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.open("/reports?" + RevenueClinic.PERIOD + "&lang=ar");
        browser.waitForText("#revenue-title", "الإيرادات");
        assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
        assertThat(browser.script("return Chart.getChart('revenue-services-chart').options.scales.x.reverse"))
                .isEqualTo(true);
        assertThat(rowNames("#revenue-practitioners tbody tr")).last().isEqualTo("غير منسوب");
        assertTheTablesShowTheCsvAmounts(csv);
        assertThat(browser.all("#revenue-practitioners td bdi")).isNotEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open("/reports?lang=fr");
    }

    /** Per practitioner and per service and month: the amounts in the page's cells are the CSV's, in order. */
    private void assertTheTablesShowTheCsvAmounts(List<String> csv) {
        List<String> practitioners = section(csv, "Praticien,");
        List<String> services = section(csv, "Mois,BILAN,");
        assertThat(practitioners).hasSize(4);
        assertThat(services).hasSize(3);
        assertThat(cells("#revenue-practitioners tbody tr, #revenue-practitioners tfoot tr"))
                .isEqualTo(amounts(practitioners));
        assertThat(cells("#revenue-services-months tbody tr, #revenue-services-months tfoot tr"))
                .isEqualTo(amounts(services));
    }

    /** The rows after the header starting with {@code header}, up to the blank line. */
    private static List<String> section(List<String> csv, String header) {
        int start = csv.indexOf(csv.stream().filter(line -> line.startsWith(header)).findFirst().orElseThrow());
        List<String> rows = new ArrayList<>();
        for (int i = start + 1; i < csv.size() && !csv.get(i).isBlank(); i++) {
            rows.add(csv.get(i));
        }
        return rows;
    }

    /** Every amount of the CSV rows (all columns but the first), as digits with their sign. */
    private static List<List<String>> amounts(List<String> rows) {
        return rows.stream().map(row -> java.util.Arrays.stream(row.split(",")).skip(1).map(RevenueBrowserTest::digits)
                .toList()).toList();
    }

    private List<List<String>> cells(String rows) {
        return browser.all(rows).stream().map(row -> row.findElements(By.cssSelector("td bdi")).stream()
                .map(WebElement::getText).map(RevenueBrowserTest::digits).toList()).toList();
    }

    private List<String> rowNames(String rows) {
        return browser.all(rows).stream().map(row -> row.findElement(By.cssSelector("th")).getText()).toList();
    }

    /** "1 234,50", "1,234.50", "١٬٢٣٤٫٥٠" and "1234.50" all become "123450"; a minus sign stays in front. */
    static String digits(String amount) {
        StringBuilder digits = new StringBuilder();
        boolean negative = false;
        for (char c : amount.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(Character.getNumericValue(c));
            } else if (c == '-' || c == '\u2212') {
                negative = true;
            }
        }
        return (negative ? "-" : "") + digits;
    }

    private void logIn() {
        browser.open("/login?lang=fr");
        browser.type("#username", books.owner.getUsername());
        browser.type("#password", TestClinics.PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#current-user", "Test OWNER");
    }
}
