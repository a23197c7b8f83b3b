package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.security.KineUser;
import io.kine.infra.KineIntegrationTest;
import io.kine.kernel.reporting.RevenueView;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The billing figures are cached in Redis and a new billing event makes them stale at once. To
 * see that the cache answers, a test changes a read-model row behind the projection's back (no
 * generation bump): the cached figure stays; once the projection applies a payment, the next read
 * recomputes and shows both changes.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueCacheTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    RevenueClinic books;

    @BeforeAll
    void billFiveInvoices() throws Exception {
        books = new RevenueClinic(context);
    }

    @Test
    void answersFromTheCacheUntilBillingsProjectionAppliesAPayment() throws Exception {
        assertThat(revenue(books.owner).collected()).isEqualByComparingTo("62.00");
        assertThat(revenue(books.practitioner).collected()).isEqualByComparingTo("20.00");
        long before = generation();
        long kpiBefore = kpiGeneration();
        // invoice E's payment of 12.00 on 2025-01-26 counts 13.00 without any event: nobody may see it yet
        jdbc.sql(COLLECTED_ON_THE_26TH).param("amount", 13).param("id", books.clinic.organizationId().value())
                .update();
        RevenueView after;
        try {
            assertThat(revenue(books.owner).collected()).isEqualByComparingTo("62.00");

            books.pay(books.invoiceOf("45.50"), "5", "2025-02-20");
            await().atMost(Duration.ofSeconds(20)).until(() -> generation() > before && kpiGeneration() > kpiBefore);

            after = revenue(books.owner);
        } finally {
            // as the events say, so that rebuilding the projection still gives the same rows
            jdbc.sql(COLLECTED_ON_THE_26TH).param("amount", 12).param("id", books.clinic.organizationId().value())
                    .update();
        }
        assertThat(after.collected()).isEqualByComparingTo("68.00");
        assertThat(after.outstanding()).isEqualByComparingTo("96.00");
        assertThat(after.months().get(1).collected()).isEqualByComparingTo("35.00");
        assertThat(revenue(books.practitioner).collected()).isEqualByComparingTo("25.00");
    }

    @Test
    void showsARenamedServiceRightAway() throws Exception {
        assertThat(revenue(books.owner).topServices()).extracting(RevenueView.ServiceRevenue::name)
                .contains("Séance MASSAGE");

        books.rename(books.massage, "Massage profond");

        assertThat(revenue(books.owner).topServices()).extracting(RevenueView.ServiceRevenue::name)
                .contains("Massage profond").doesNotContain("Séance MASSAGE");
    }

    /** The revenue figures' row of invoice E's payment: no practitioner, no location, 2025-01-26. */
    private static final String COLLECTED_ON_THE_26TH = """
            UPDATE read_model.kpi_revenue_day SET collected = :amount
            WHERE organization_id = :id AND practitioner_id IS NULL AND location_id IS NULL AND day = DATE '2025-01-26'
            """;

    private long kpiGeneration() {
        return jdbc.sql("SELECT coalesce(max(generation), 0) FROM read_model.kpi_generation WHERE organization_id = :id")
                .param("id", books.clinic.organizationId().value()).query(Long.class).single();
    }

    private long generation() {
        return jdbc.sql("SELECT coalesce(max(generation), 0) FROM read_model.billing_generation WHERE organization_id = :id")
                .param("id", books.clinic.organizationId().value()).query(Long.class).single();
    }

    private RevenueView revenue(KineUser who) throws Exception {
        String path = who == books.owner ? "/reports?" : "/reports/mine?";
        return (RevenueView) mvc.perform(get(path + RevenueClinic.PERIOD).with(user(who)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("revenue");
    }
}
