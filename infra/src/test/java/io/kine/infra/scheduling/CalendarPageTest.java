package io.kine.infra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.kernel.identity.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar page: its one style nonce, its choices, and a practitioner's own calendar first. */
@KineIntegrationTest
class CalendarPageTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void letsOnlyTheCalendarsInjectedStylesheetPastThePolicy() throws Exception {
        Calendar calendar = new Calendar(context);
        MockHttpServletResponse page = mvc.perform(get("/calendar").with(user(calendar.clinic.user(Role.ASSISTANT))))
                .andExpect(status().isOk()).andReturn().getResponse();

        Matcher nonce = Pattern.compile("style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'")
                .matcher(page.getHeader("Content-Security-Policy"));
        assertThat(nonce.find()).isTrue();
        assertThat(page.getContentAsString()).contains("<meta name=\"csp-nonce\" content=\"" + nonce.group(1) + "\">")
                .contains("Paris 11e").contains("Test PRACTITIONER").contains("Europe/Paris");
        assertThat(mvc.perform(get("/patients").with(user(calendar.clinic.user(Role.ASSISTANT)))).andReturn().getResponse()
                .getHeader("Content-Security-Policy")).contains("style-src 'self';").doesNotContain("nonce");
    }

    @Test
    void opensOnThePractitionersOwnCalendar() throws Exception {
        Calendar calendar = new Calendar(context);
        String practitioner = calendar.clinic.user(Role.PRACTITIONER).userId().toString();

        String page = mvc.perform(get("/calendar").with(user(calendar.clinic.user(Role.PRACTITIONER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("<option value=\"" + practitioner + "\"\\s+selected=\"selected\">");
    }
}
