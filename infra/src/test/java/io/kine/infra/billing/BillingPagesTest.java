package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The billing pages render in every language and their forms do what they say. */
@KineIntegrationTest
class BillingPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    BillingDesk desk;
    PatientId patient;

    @BeforeEach
    void aDeskOfItsOwn() {
        desk = new BillingDesk(context);
        patient = desk.aPatient("Haddad");
    }

    String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).param("lang", locale.getLanguage()).with(user(desk.owner)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void billsAnAppointmentFromThePagesIssuesAndRecordsAPayment() throws Exception {
        ProductId service = desk.aService("AMK", "40", "0");
        AppointmentId appointment = desk.aCompletedAppointment(patient, service);
        assertThat(page("/billing/appointments", Locale.FRENCH)).contains("Amina Haddad").contains("Facturer");

        String editor = mvc.perform(post("/billing/appointments/" + appointment + "/invoice").with(user(desk.assistant))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(editor, Locale.FRENCH)).contains("Séance AMK").contains("40,00");
        mvc.perform(post(editor + "/issue").with(user(desk.assistant)).with(csrf())).andExpect(redirectedUrl(editor));
        mvc.perform(post(editor + "/payments").with(user(desk.assistant)).with(csrf()).param("paymentKey", "k1")
                .param("amount", "40").param("method", "CASH")).andExpect(redirectedUrl(editor));

        String paid = page(editor, Locale.ENGLISH);
        assertThat(paid).contains("Paid").contains("0.00");
        assertThat(page("/billing/patients/" + patient, Locale.forLanguageTag("ar"))).contains("dir=\"rtl\"");
    }

    @Test
    void rendersEveryBillingPageInFrenchArabicAndEnglish() throws Exception {
        desk.aService("BILAN", "55", "0");
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("ar"), Locale.ENGLISH}) {
            page("/billing", locale);
            page("/billing/invoices/new?search=Haddad", locale);
            page("/billing/appointments", locale);
            page("/billing/aging", locale);
            page("/billing/products", locale);
            page("/billing/patients/" + patient, locale);
        }
        assertThat(page("/billing/products", Locale.FRENCH)).contains("BILAN");
    }

    @Test
    void showsARefusalAboveTheFormInsteadOfAnError() throws Exception {
        String editor = mvc.perform(post("/billing/invoices").with(user(desk.assistant)).with(csrf())
                        .param("patientId", patient.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(post(editor + "/issue").with(user(desk.assistant)).with(csrf())).andExpect(redirectedUrl(editor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("billingError", "invoice.empty"));
        mvc.perform(get("/billing").with(user(desk.clinic.user(Role.PATIENT)))).andExpect(status().isForbidden());
    }
}
