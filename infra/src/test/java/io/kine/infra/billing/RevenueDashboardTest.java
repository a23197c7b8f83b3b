package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.reporting.RevenueView;
import io.kine.kernel.reporting.RevenueView.AgingBucket;
import io.kine.kernel.scheduling.AppointmentId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Billing figures on the dashboards, worked out by hand. BILAN costs 45.50 and MASSAGE 30.00,
 * no tax. Invoice A bills the practitioner's appointment (one BILAN, 45.50) and is paid 20.00;
 * invoice B (two MASSAGE, 60.00) is credited in full; invoice C (one MASSAGE, 30.00) is unpaid.
 * So the organization invoiced 45.50 + 60.00 - 60.00 + 30.00 = 75.50, collected 20.00, is owed
 * 25.50 + 30.00 = 55.50 on two invoices not yet due, and sold BILAN (1, 45.50) before MASSAGE
 * (1, 30.00: the credited invoice does not count). The practitioner's own figures are invoice
 * A's: 45.50 invoiced, 20.00 collected, 25.50 owed.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueDashboardTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    BillingDesk desk;
    String period;

    @BeforeAll
    void billThreeInvoices() throws Exception {
        desk = new BillingDesk(context);
        PatientId patient = desk.aPatient("Haddad");
        ProductId bilan = desk.aService("BILAN", "45.50", "0");
        ProductId massage = desk.aService("MASSAGE", "30", "0");
        AppointmentId appointment = desk.aCompletedAppointment(patient, bilan);

        String a = desk.send(desk.assistant, "/api/invoices", "{\"appointmentId\": \"" + appointment + "\"}")
                .get("id").asString();
        issue(a);
        mvc.perform(post("/api/invoices/" + a + "/payments").with(user(desk.assistant)).with(csrf())
                        .header("Idempotency-Key", "revenue-a").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 20, \"method\": \"CARD\", \"reference\": \"TPE\"}"))
                .andExpect(status().is2xxSuccessful());
        String b = draftWith(patient, massage, 2);
        issue(b);
        desk.send(desk.assistant, "/api/invoices/" + b + "/credit-note", "{\"reason\": \"Erreur\"}");
        issue(draftWith(patient, massage, 1));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        period = "from=" + today.minusDays(3) + "&to=" + today.plusDays(1) + "&granularity=DAY";
        await().atMost(Duration.ofSeconds(20)).until(() -> revenue("/reports", desk.owner).outstanding()
                .compareTo(new BigDecimal("55.50")) == 0);
    }

    @Test
    void showsOwnersInvoicedCollectedOutstandingWithAgingAndTopServices() throws Exception {
        RevenueView revenue = revenue("/reports", desk.clinic.user(Role.MANAGER));

        assertThat(revenue.invoiced()).isEqualByComparingTo("75.50");
        assertThat(revenue.collected()).isEqualByComparingTo("20.00");
        assertThat(revenue.outstanding()).isEqualByComparingTo("55.50");
        assertThat(revenue.aging()).first().satisfies(notDue -> {
            assertThat(notDue.bucket()).isEqualTo("NOT_DUE");
            assertThat(notDue.invoices()).isEqualTo(2);
        });
        assertThat(revenue.aging().stream().skip(1).map(AgingBucket::invoices)).containsOnly(0L);
        assertThat(revenue.topServices()).extracting(RevenueView.ServiceRevenue::code).containsExactly("BILAN", "MASSAGE");
        assertThat(revenue.topServices().get(1).quantity()).isEqualByComparingTo("1");
        assertThat(revenue.topServices().get(1).revenue()).isEqualByComparingTo("30.00");
        assertThat(revenue.months().stream().map(RevenueView.RevenuePoint::invoiced)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("75.50");
    }

    @Test
    void showsAPractitionerOnlyTheRevenueOfTheirOwnWork() throws Exception {
        RevenueView mine = revenue("/reports/mine", desk.clinic.user(Role.PRACTITIONER));

        assertThat(mine.invoiced()).isEqualByComparingTo("45.50");
        assertThat(mine.collected()).isEqualByComparingTo("20.00");
        assertThat(mine.outstanding()).isEqualByComparingTo("25.50");
        assertThat(mine.topServices()).extracting(RevenueView.ServiceRevenue::code).containsExactly("BILAN");
    }

    @Test
    void putsTheBillingFiguresInTheCsvAndOnThePage() throws Exception {
        String csv = mvc.perform(get("/reports/export?" + period).with(user(desk.owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String page = mvc.perform(get("/reports?" + period).with(user(desk.owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(csv).contains("Mois,Facturé,Encaissé").contains("Total,75.50,20.00")
                .contains("Non échu,2,55.50").contains("En retard de plus de 90 jours,0,0.00").contains("BILAN,Séance BILAN,1,45.50");
        assertThat(page).contains("id=\"revenue-chart\"").contains("id=\"revenue-table\"").contains("Prestations les plus vendues");
    }

    @Test
    void keepsBillingFiguresFromOtherRolesAndOtherClinics() throws Exception {
        mvc.perform(get("/reports?" + period).with(user(desk.assistant))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/export?" + period).with(user(desk.assistant))).andExpect(status().isForbidden());
        KineUser stranger = new TestClinics(context).aClinic().user(Role.OWNER);

        RevenueView theirs = revenue("/reports", stranger);

        assertThat(theirs.invoiced()).isZero();
        assertThat(theirs.collected()).isZero();
        assertThat(theirs.outstanding()).isZero();
        assertThat(theirs.topServices()).isEmpty();
    }

    private void issue(String invoice) throws Exception {
        desk.send(desk.assistant, "/api/invoices/" + invoice + "/issue", "{}");
    }

    private String draftWith(PatientId patient, ProductId product, int quantity) throws Exception {
        String invoice = desk.send(desk.assistant, "/api/invoices", "{\"patientId\": \"" + patient + "\"}")
                .get("id").asString();
        desk.send(desk.assistant, "/api/invoices/" + invoice + "/lines",
                "{\"productId\": \"" + product + "\", \"quantity\": " + quantity + "}");
        return invoice;
    }

    private RevenueView revenue(String path, KineUser who) throws Exception {
        return (RevenueView) mvc.perform(get(path + "?" + period).with(user(who))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("revenue");
    }
}
