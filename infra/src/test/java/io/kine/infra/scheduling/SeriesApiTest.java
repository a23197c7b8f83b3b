package io.kine.infra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.patients.PatientId;
import java.time.Instant;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Weekly series through the whole stack: expansion in the location's zone, conflicts, scopes, one transaction. */
@KineIntegrationTest
class SeriesApiTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    Calendar calendar;
    KineUser assistant;
    KineUser practitioner;
    PatientId patient;

    @BeforeEach
    void aCalendarOfItsOwn() {
        calendar = new Calendar(context);
        assistant = calendar.clinic.user(Role.ASSISTANT);
        practitioner = calendar.clinic.user(Role.PRACTITIONER);
        patient = calendar.aPatient("Serie");
    }

    String series(LocationId location, String start, String rule, String extra) {
        return """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "start": "%s",
                 "durationMinutes": 30, "recurrence": "%s"%s}
                """.formatted(patient, practitioner.userId(), location, start, rule, extra);
    }

    ResultActions post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(assistant)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void keepsAWeeklyNineOClockAtNineInParisAcrossTheMarchAndOctoberChanges() throws Exception {
        JsonNode march = body(post("/api/appointment-series", series(calendar.location, "2030-03-25T09:00",
                "FREQ=WEEKLY;BYDAY=MO;COUNT=3", ", \"notes\": \"dos\"")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.recurrence", is("FREQ=WEEKLY;BYDAY=MO;COUNT=3")))
                .andExpect(jsonPath("$.timeZone", is("Europe/Paris")))
                .andExpect(jsonPath("$.occurrences", hasSize(3))));
        assertThat(starts(march)).containsExactly(Instant.parse("2030-03-25T08:00:00Z"),
                Instant.parse("2030-04-01T07:00:00Z"), Instant.parse("2030-04-08T07:00:00Z"));
        assertThat(march.get("occurrences").get(0).get("seriesId").asString()).isEqualTo(march.get("id").asString());

        JsonNode october = body(post("/api/appointment-series", series(calendar.location, "2030-10-21T09:00",
                "FREQ=WEEKLY;BYDAY=MO;COUNT=2", "")).andExpect(status().isCreated()));
        assertThat(starts(october)).containsExactly(Instant.parse("2030-10-21T07:00:00Z"),
                Instant.parse("2030-10-28T08:00:00Z"));
    }

    @Test
    void keepsAWeeklyNineOClockAtNineInCasablancaAcrossTheRamadanChanges() throws Exception {
        LocationId rabat = LocationId.random();
        context.getBean(SystemCommands.class).send(new OpenLocation(calendar.clinic.organizationId(), rabat, "Rabat",
                CASABLANCA), calendar.clinic.organizationId());
        org.awaitility.Awaitility.await().until(() -> calendar.count(
                "SELECT count(*) FROM read_model.location WHERE location_id = :id", rabat.value()) == 1);

        JsonNode booked = body(post("/api/appointment-series", series(rabat, "2029-12-03T09:00",
                "FREQ=WEEKLY;BYDAY=MO;COUNT=14", "")).andExpect(status().isCreated()));

        List<Instant> starts = starts(booked);
        assertThat(starts).hasSize(14).allSatisfy(start ->
                assertThat(start.atZone(CASABLANCA).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        Set<Object> offsets = new HashSet<>();
        starts.forEach(start -> offsets.add(start.atZone(CASABLANCA).getOffset()));
        assertThat(offsets).as("the series crosses Morocco's Ramadan change of time").hasSize(2);
    }

    @Test
    void refusesTheWholeSeriesNamingTheTakenOccurrenceThenBooksOnlyTheFreeOnes() throws Exception {
        String other = body(post("/api/appointments", """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s",
                 "start": "2030-01-14T09:00:00Z", "end": "2030-01-14T09:30:00Z"}
                """.formatted(calendar.aPatient("Autre"), practitioner.userId(), calendar.location)))
                .get("id").asString();
        long before = events();

        post("/api/appointment-series", series(calendar.location, "2030-01-07T10:00", "FREQ=WEEKLY;BYDAY=MO;COUNT=3", ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/series-conflicts")))
                .andExpect(jsonPath("$.conflicts", hasSize(1)))
                .andExpect(jsonPath("$.conflicts[0].start", is("2030-01-14T09:00:00Z")))
                .andExpect(jsonPath("$.conflicts[0].conflict.appointmentId", is(other)))
                .andExpect(jsonPath("$.conflicts[0].conflict.resource", is("PRACTITIONER")));
        assertThat(events()).as("nothing recorded").isEqualTo(before);

        JsonNode booked = body(post("/api/appointment-series", series(calendar.location, "2030-01-07T10:00",
                "FREQ=WEEKLY;BYDAY=MO;COUNT=3", ", \"mode\": \"FREE_ONLY\"")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.occurrences", hasSize(2)))
                .andExpect(jsonPath("$.skipped", hasSize(1)))
                .andExpect(jsonPath("$.skipped[0].conflictingAppointmentId", is(other))));
        assertThat(starts(booked)).containsExactly(Instant.parse("2030-01-07T09:00:00Z"),
                Instant.parse("2030-01-21T09:00:00Z"));
    }

    @Test
    void cancelsThisAndTheFollowingOccurrencesAndFreesTheirSlots() throws Exception {
        JsonNode booked = body(post("/api/appointment-series", series(calendar.location, "2030-01-07T10:00",
                "FREQ=WEEKLY;BYDAY=MO;COUNT=4", "")).andExpect(status().isCreated()));
        String id = booked.get("id").asString();
        String third = booked.get("occurrences").get(2).get("id").asString();

        post("/api/appointment-series/" + id + "/cancel", """
                {"scope": "FOLLOWING", "appointmentId": "%s", "reason": "déménagement"}""".formatted(third))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("ENDED")))
                .andExpect(jsonPath("$.occurrences[0].status", is("BOOKED")))
                .andExpect(jsonPath("$.occurrences[1].status", is("BOOKED")))
                .andExpect(jsonPath("$.occurrences[2].status", is("CANCELLED")))
                .andExpect(jsonPath("$.occurrences[3].status", is("CANCELLED")))
                .andExpect(jsonPath("$.occurrences[3].cancellationReason", is("déménagement")));
        assertThat(calendar.count("SELECT count(*) FROM command_model.booked_slot WHERE appointment_id = :id",
                java.util.UUID.fromString(third))).isZero();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/appointment-series/" + id)
                        .param("reason", "fin").with(user(assistant)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("CANCELLED")))
                .andExpect(jsonPath("$.occurrences[0].status", is("CANCELLED")))
                .andExpect(jsonPath("$.occurrences[1].status", is("CANCELLED")));
    }

    @Test
    void movesEveryOccurrenceToComeToANewTimeOfDayAndRefusesAMoveOntoAnotherBookingAsAWhole() throws Exception {
        JsonNode booked = body(post("/api/appointment-series", series(calendar.location, "2030-01-07T10:00",
                "FREQ=WEEKLY;BYDAY=MO;COUNT=3", "")).andExpect(status().isCreated()));
        String id = booked.get("id").asString();
        String blocker = body(post("/api/appointments", """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s",
                 "start": "2030-01-21T13:00:00Z", "end": "2030-01-21T13:30:00Z"}
                """.formatted(calendar.aPatient("Bloque"), practitioner.userId(), calendar.location))).get("id").asString();

        mvc.perform(patch("/api/appointment-series/" + id).with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scope\": \"ALL\", \"startTime\": \"14:00\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.conflict.appointmentId", is(blocker)));
        mvc.perform(get("/api/appointment-series/" + id).with(user(assistant)))
                .andExpect(jsonPath("$.occurrences[0].start", is("2030-01-07T09:00:00Z")));

        mvc.perform(patch("/api/appointment-series/" + id).with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"scope": "FOLLOWING", "appointmentId": "%s", "startTime": "11:30",
                                 "durationMinutes": 45, "notes": "épaule"}""".formatted(
                                booked.get("occurrences").get(1).get("id").asString())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occurrences[0].start", is("2030-01-07T09:00:00Z")))
                .andExpect(jsonPath("$.occurrences[1].start", is("2030-01-14T10:30:00Z")))
                .andExpect(jsonPath("$.occurrences[1].end", is("2030-01-14T11:15:00Z")))
                .andExpect(jsonPath("$.occurrences[2].start", is("2030-01-21T10:30:00Z")))
                .andExpect(jsonPath("$.occurrences[2].notes", is("épaule")));
    }

    @Test
    void asksForAnOverrideWhenAnOccurrenceFallsOnAHolidayAndRecordsItOnThatOccurrenceOnly() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/working-hours")
                .with(user(assistant)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"practitionerId": "%s", "locationId": "%s", "week": {"MONDAY": [{"start": "09:00", "end": "12:00"}]}}
                        """.formatted(practitioner.userId(), calendar.location))).andExpect(status().isOk());
        post("/api/working-hours/exceptions", """
                {"practitionerId": "%s", "kind": "HOLIDAY", "first": "2030-01-14", "reason": "Fermeture"}
                """.formatted(practitioner.userId())).andExpect(status().isCreated());
        String weekly = series(calendar.location, "2030-01-07T10:00", "FREQ=WEEKLY;BYDAY=MO;COUNT=3", "");

        post("/api/appointment-series", weekly)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/outside-working-hours")));

        JsonNode booked = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/appointment-series").with(user(calendar.clinic.user(Role.MANAGER))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(weekly.replace("\"recurrence\"", "\"overrideReason\": \"suivi post-opératoire\", \"recurrence\"")))
                .andExpect(status().isCreated()));
        assertThat(booked.get("occurrences").get(0).get("overrideReason").isNull()).isTrue();
        assertThat(booked.get("occurrences").get(1).get("overrideReason").asString()).isEqualTo("suivi post-opératoire");
        assertThat(booked.get("occurrences").get(2).get("overrideReason").isNull()).isTrue();
    }

    @Test
    void booksTheLongestSeriesAllowedInOneGoAndRefusesALongerOne() throws Exception {
        long started = System.nanoTime();
        post("/api/appointment-series", series(calendar.location, "2031-01-06T08:00",
                "FREQ=WEEKLY;BYDAY=MO,TU,TH,FR;COUNT=200", ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occurrences", hasSize(200)));
        System.out.printf("Booked a 200-occurrence series in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(calendar.count("SELECT count(*) FROM command_model.booked_slot WHERE resource_id = :id",
                practitioner.userId().value())).isEqualTo(200);

        post("/api/appointment-series", series(calendar.location, "2032-01-05T08:00",
                "FREQ=WEEKLY;BYDAY=MO;COUNT=201", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code", is("recurrence.tooManyOccurrences")));
    }

    @Test
    void refusesAnUnsupportedRuleAndAnotherClinicsSeries() throws Exception {
        post("/api/appointment-series", series(calendar.location, "2030-01-07T10:00", "FREQ=DAILY;COUNT=3", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/invalid-recurrence")))
                .andExpect(jsonPath("$.errors[0].field", is("recurrence")));
        String id = body(post("/api/appointment-series", series(calendar.location, "2030-01-07T10:00",
                "FREQ=WEEKLY;COUNT=2", "")).andExpect(status().isCreated())).get("id").asString();

        KineUser stranger = new io.kine.infra.TestClinics(context).aClinic().user(Role.OWNER);
        mvc.perform(get("/api/appointment-series/" + id).with(user(stranger))).andExpect(status().isNotFound());
    }

    private List<Instant> starts(JsonNode series) {
        java.util.ArrayList<Instant> starts = new java.util.ArrayList<>();
        series.get("occurrences").forEach(o -> starts.add(Instant.parse(o.get("start").asString())));
        return starts;
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE meta_data::jsonb ->> 'organizationId' = :org")
                .param("org", calendar.clinic.organizationId().toString()).query(Long.class).single();
    }

}
