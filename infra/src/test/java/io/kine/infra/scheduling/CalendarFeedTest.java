package io.kine.infra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.ObjectMapper;

/** The practitioner's iCalendar feed: parsed back with ical4j, minimal data, rotation and revocation. */
@KineIntegrationTest
class CalendarFeedTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    io.kine.infra.scheduling.Calendar clinic;
    KineUser practitioner;
    KineUser assistant;
    Instant tomorrowTen = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(34));

    @BeforeEach
    void aClinicWithAppointments() {
        clinic = new io.kine.infra.scheduling.Calendar(context);
        practitioner = clinic.clinic.user(Role.PRACTITIONER);
        assistant = clinic.clinic.user(Role.ASSISTANT);
    }

    @Test
    void listsThePractitionersLiveAppointmentsWithInitialsAndNothingClinical() throws Exception {
        String kept = book(clinic.aPatient("Benali"), tomorrowTen, "Douleur lombaire depuis mardi");
        String cancelled = book(clinic.aPatient("Haddad"), tomorrowTen.plus(Duration.ofHours(2)), null);
        mvc.perform(delete("/api/appointments/" + cancelled).param("reason", "Malade").with(user(assistant)).with(csrf()))
                .andExpect(status().isOk());
        String link = issue(practitioner, practitioner);

        MvcResult answer = mvc.perform(get(path(link))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(new MediaType("text", "calendar"))).andReturn();
        String body = answer.getResponse().getContentAsString();
        Calendar feed = new CalendarBuilder().build(new StringReader(body));

        List<VEvent> events = feed.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(kept + "@kine");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(ical(tomorrowTen));
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue())
                .isEqualTo(ical(tomorrowTen.plus(Duration.ofMinutes(30))));
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("A. B.");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Paris 11e, Salle 1");
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(body).doesNotContain("Benali", "Douleur", "Haddad", "1985");
        assertThat(feed.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Kine – Test PRACTITIONER");
    }

    @Test
    void storesOnlyAHashAndStopsAReplacedOrRevokedLink() throws Exception {
        String first = issue(practitioner, practitioner);
        String secret = first.substring(first.lastIndexOf('/') + 1, first.length() - ".ics".length());
        assertThat(jdbc.sql("SELECT count(*) FROM identity.calendar_feed WHERE token_hash = :secret")
                .param("secret", secret).query(Long.class).single()).isZero();

        String second = issue(practitioner, practitioner);
        mvc.perform(get(path(first))).andExpect(status().isNotFound());
        mvc.perform(get(path(second))).andExpect(status().isOk());

        mvc.perform(post("/calendar/feed").param("practitionerId", practitioner.userId().toString())
                        .param("action", "revoke").with(user(practitioner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path(second))).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feed/not-a-real-secret-at-all-0000000.ics")).andExpect(status().isNotFound());
    }

    @Test
    void letsOwnersManageAPractitionersLinkButNotTheFrontDesk() throws Exception {
        String link = issue(clinic.clinic.user(Role.OWNER), practitioner);
        mvc.perform(get(path(link))).andExpect(status().isOk());

        mvc.perform(post("/calendar/feed").param("practitionerId", practitioner.userId().toString())
                        .param("action", "revoke").with(user(assistant)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(path(link))).andExpect(status().isOk());
    }

    @Test
    void showsThePractitionerWhetherTheirLinkIsLiveWithoutShowingItAgain() throws Exception {
        mvc.perform(get("/calendar/feed").param("lang", "en").with(user(practitioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No live link.")));
        String link = issue(practitioner, practitioner);

        mvc.perform(get("/calendar/feed").param("lang", "en").with(user(practitioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Link live since")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(path(link)))));
    }

    private String issue(KineUser by, KineUser forWhom) throws Exception {
        MvcResult result = mvc.perform(post("/calendar/feed").param("practitionerId", forWhom.userId().toString())
                        .param("action", "issue").with(user(by)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (String) result.getFlashMap().get("feedUrl");
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/calendar/feed/"));
    }

    private String book(PatientId patient, Instant start, String notes) throws Exception {
        String body = """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "roomId": "%s",
                 "start": "%s", "end": "%s", "notes": %s}
                """.formatted(patient, practitioner.userId(), clinic.location, clinic.room, start,
                start.plus(Duration.ofMinutes(30)), notes == null ? "null" : "\"" + notes + "\"");
        String answer = mvc.perform(post("/api/appointments").with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asString();
    }

    private static String ical(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "").replace(".000", "");
    }
}
