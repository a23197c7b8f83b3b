package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.reporting.RevenueView;
import io.kine.kernel.reporting.RevenueView.PractitionerRevenue;
import io.kine.kernel.reporting.RevenueView.RevenuePoint;
import io.kine.kernel.reporting.RevenueView.ServiceRevenue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Revenue per location, per practitioner and per service and month, on the figures of {@link RevenueClinic}. */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueBreakdownTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    RevenueClinic books;

    @BeforeAll
    void billFiveInvoices() throws Exception {
        books = new RevenueClinic(context);
    }

    @Test
    void addsUpTheWholeClinicPerMonthPerPractitionerWithTheUnassignedAndPerServiceAndMonth() throws Exception {
        RevenueView revenue = revenue("/reports", books.owner, "");

        assertThat(revenue.invoiced()).isEqualByComparingTo("163.00");
        assertThat(revenue.collected()).isEqualByComparingTo("62.00");
        assertThat(revenue.outstanding()).isEqualByComparingTo("101.00");
        assertThat(revenue.months()).extracting(point -> point.month().toString(), RevenuePoint::invoiced,
                        RevenuePoint::collected)
                .containsExactly(tuple("2025-01-01", new BigDecimal("103.00"), new BigDecimal("32.00")),
                        tuple("2025-02-01", new BigDecimal("60.00"), new BigDecimal("30.00")));
        assertThat(revenue.practitioners()).extracting(PractitionerRevenue::practitionerId, PractitionerRevenue::name,
                        PractitionerRevenue::invoiced, PractitionerRevenue::collected, PractitionerRevenue::outstanding)
                .containsExactly(
                        tuple(books.practitioner.userId().value(), "Test PRACTITIONER", new BigDecimal("121.00"),
                                new BigDecimal("20.00"), new BigDecimal("101.00")),
                        tuple(books.second.value(), "Zoé Second", new BigDecimal("30.00"), new BigDecimal("30.00"),
                                new BigDecimal("0.00")),
                        tuple(null, null, new BigDecimal("12.00"), new BigDecimal("12.00"), new BigDecimal("0.00")));
        assertThat(revenue.topServices()).extracting(ServiceRevenue::code, ServiceRevenue::quantity,
                        ServiceRevenue::revenue, ServiceRevenue::monthly)
                .containsExactly(
                        tuple("BILAN", new BigDecimal("2"), new BigDecimal("91.00"), amounts("91.00", "0.00")),
                        tuple("MASSAGE", new BigDecimal("2"), new BigDecimal("60.00"), amounts("0.00", "60.00")),
                        tuple("KIT", new BigDecimal("1"), new BigDecimal("12.00"), amounts("12.00", "0.00")));
    }

    @Test
    void countsAtALocationTheInvoicesOfItsAppointmentsAndOfTheirVisitsOnly() throws Exception {
        RevenueView paris = revenue("/reports", books.owner, "&location=" + books.paris);
        RevenueView lyon = revenue("/reports", books.owner, "&location=" + books.lyon);

        assertThat(List.of(paris.invoiced(), paris.collected(), paris.outstanding()))
                .containsExactly(new BigDecimal("45.50"), new BigDecimal("20.00"), new BigDecimal("25.50"));
        assertThat(paris.practitioners()).extracting(PractitionerRevenue::name).containsExactly("Test PRACTITIONER");
        assertThat(paris.topServices()).extracting(ServiceRevenue::code, ServiceRevenue::monthly)
                .containsExactly(tuple("BILAN", amounts("45.50", "0.00")));
        // B (an appointment in Lyon) and C (a visit of an appointment in Lyon); D's visit has no appointment
        assertThat(List.of(lyon.invoiced(), lyon.collected(), lyon.outstanding()))
                .containsExactly(new BigDecimal("60.00"), new BigDecimal("30.00"), new BigDecimal("30.00"));
        assertThat(lyon.months()).extracting(RevenuePoint::invoiced)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("60.00"));
        assertThat(lyon.practitioners()).extracting(PractitionerRevenue::name, PractitionerRevenue::invoiced,
                        PractitionerRevenue::collected, PractitionerRevenue::outstanding)
                .containsExactly(tuple("Test PRACTITIONER", new BigDecimal("30.00"), new BigDecimal("0.00"),
                                new BigDecimal("30.00")),
                        tuple("Zoé Second", new BigDecimal("30.00"), new BigDecimal("30.00"), new BigDecimal("0.00")));
        assertThat(lyon.topServices()).extracting(ServiceRevenue::code, ServiceRevenue::quantity, ServiceRevenue::monthly)
                .containsExactly(tuple("MASSAGE", new BigDecimal("2"), amounts("0.00", "60.00")));
    }

    @Test
    void narrowsTheOrganizationDashboardToOnePractitioner() throws Exception {
        RevenueView zoe = revenue("/reports", books.owner, "&practitioner=" + books.second);

        assertThat(List.of(zoe.invoiced(), zoe.collected(), zoe.outstanding()))
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("30.00"), new BigDecimal("0.00"));
        assertThat(zoe.practitioners()).extracting(PractitionerRevenue::practitionerId)
                .containsExactly(books.second.value());
    }

    @Test
    void keepsAPractitionersOwnRevenueAsBeforeAndLetsThemFilterItByLocation() throws Exception {
        RevenueView mine = revenue("/reports/mine", books.practitioner, "");
        RevenueView mineInLyon = revenue("/reports/mine", books.practitioner, "&location=" + books.lyon);

        assertThat(List.of(mine.invoiced(), mine.collected(), mine.outstanding()))
                .containsExactly(new BigDecimal("121.00"), new BigDecimal("20.00"), new BigDecimal("101.00"));
        assertThat(mine.practitioners()).isEmpty();
        assertThat(mine.topServices()).extracting(ServiceRevenue::code, ServiceRevenue::revenue, ServiceRevenue::monthly)
                .containsExactly(tuple("BILAN", new BigDecimal("91.00"), amounts("91.00", "0.00")),
                        tuple("MASSAGE", new BigDecimal("30.00"), amounts("0.00", "30.00")));
        assertThat(List.of(mineInLyon.invoiced(), mineInLyon.collected(), mineInLyon.outstanding()))
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("0.00"), new BigDecimal("30.00"));
    }

    @Test
    void neverShowsAPractitionerTheRevenueOfOthersWhateverTheParameters() throws Exception {
        mvc.perform(get("/reports?" + RevenueClinic.PERIOD + "&practitioner=" + books.second)
                .with(user(books.practitioner))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/export?" + RevenueClinic.PERIOD + "&practitioner=" + books.second)
                .with(user(books.practitioner))).andExpect(status().isForbidden());

        RevenueView asked = revenue("/reports/mine", books.practitioner, "&practitioner=" + books.second);
        String csv = csv("/reports/mine/export", books.practitioner, "&practitioner=" + books.second);

        assertThat(asked.invoiced()).isEqualByComparingTo("121.00");
        assertThat(csv).contains("Total,121.00,20.00\r\n").doesNotContain("Zoé Second").doesNotContain("Non attribué");
    }

    @Test
    void showsNothingOfAnotherClinicsLocation() throws Exception {
        KineUser stranger = new TestClinics(context).aClinic().user(Role.OWNER);

        RevenueView theirs = revenue("/reports", stranger, "&location=" + books.paris);

        assertThat(List.of(theirs.invoiced(), theirs.collected(), theirs.outstanding())).containsOnly(new BigDecimal("0.00"));
        assertThat(theirs.practitioners()).isEmpty();
        assertThat(theirs.topServices()).isEmpty();
    }

    @Test
    void putsTheSameFiguresInTheCsv() throws Exception {
        String csv = csv("/reports/export", books.owner, "");

        assertThat(csv).contains("""
                Mois,BILAN,MASSAGE,KIT\r
                2025-01-01,91.00,0.00,12.00\r
                2025-02-01,0.00,60.00,0.00\r
                Total,91.00,60.00,12.00\r
                """).contains("""
                Praticien,Facturé,Encaissé,Restant dû\r
                Test PRACTITIONER,121.00,20.00,101.00\r
                Zoé Second,30.00,30.00,0.00\r
                Non attribué,12.00,12.00,0.00\r
                Total,163.00,62.00,101.00\r
                """);
        assertThat(csv("/reports/export", books.owner, "&location=" + books.paris)).contains("""
                Praticien,Facturé,Encaissé,Restant dû\r
                Test PRACTITIONER,45.50,20.00,25.50\r
                Total,45.50,20.00,25.50\r
                """);
        assertThat(csv("/reports/export?lang=en", books.owner, ""))
                .contains("Unassigned,12.00,12.00,0.00");
    }

    @Test
    void showsTheBreakdownsOnThePage() throws Exception {
        String page = mvc.perform(get("/reports?" + RevenueClinic.PERIOD).with(user(books.owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String mine = mvc.perform(get("/reports/mine?" + RevenueClinic.PERIOD).with(user(books.practitioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"revenue-practitioners\"").contains("id=\"revenue-services-months\"")
                .contains("Zoé Second").contains("Non attribué").contains("id=\"revenue-definitions\"")
                .contains("une séance sans rendez-vous n&#39;a pas de lieu");
        assertThat(mine).doesNotContain("id=\"revenue-practitioners\"").contains("id=\"revenue-services-months\"");
    }

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private RevenueView revenue(String path, KineUser who, String filters) throws Exception {
        return (RevenueView) mvc.perform(get(path + "?" + RevenueClinic.PERIOD + filters).with(user(who)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("revenue");
    }

    private String csv(String path, KineUser who, String filters) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        return mvc.perform(get(path + separator + RevenueClinic.PERIOD + filters).with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
