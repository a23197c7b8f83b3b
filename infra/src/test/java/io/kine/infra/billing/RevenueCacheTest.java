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
import java.util.UUID;
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
        // invoice E's payment of 12.00 becomes 13.00 without any event: nobody may see it yet
        UUID kit = UUID.fromString(books.invoiceOf("12.00"));
        jdbc.sql("UPDATE read_model.payment SET amount = 13 WHERE invoice_id = :id").param("id", kit).update();
        RevenueView after;
        try {
            assertThat(revenue(books.owner).collected()).isEqualByComparingTo("62.00");

            books.pay(books.invoiceOf("45.50"), "5", "2025-02-20");
            await().atMost(Duration.ofSeconds(20)).until(() -> generation() > before);

            after = revenue(books.owner);
        } finally {
            // as the events say, so that rebuilding the projection still gives the same rows
            jdbc.sql("UPDATE read_model.payment SET amount = 12 WHERE invoice_id = :id").param("id", kit).update();
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
