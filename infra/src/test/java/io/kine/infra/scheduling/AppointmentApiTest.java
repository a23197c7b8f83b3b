package io.kine.infra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.ObjectMapper;

/** The appointment API through the whole stack: security, commands, booked slots, projections. */
@KineIntegrationTest
class AppointmentApiTest {

    /** Monday 7 January 2030, 10:00 in Paris (UTC+1). */
    static final String TEN = "2030-01-07T09:00:00Z";
    static final String TEN_THIRTY = "2030-01-07T09:30:00Z";
    static final String ELEVEN = "2030-01-07T10:00:00Z";

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
        patient = calendar.aPatient("Benali");
    }

    String booking(PatientId who, String start, String end, String extra) {
        return """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "roomId": "%s",
                 "start": "%s", "end": "%s"%s}
                """.formatted(who, practitioner.userId(), calendar.location, calendar.room, start, end, extra);
    }

    ResultActions book(KineUser as, String body) throws Exception {
        return mvc.perform(post("/api/appointments").with(user(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String id(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Test
    void booksAnAppointmentAndShowsItInTheCalendarWithNamesTimeZoneAndColour() throws Exception {
        String type = json.readTree(mvc.perform(post("/api/appointment-types").with(user(calendar.clinic.user(Role.OWNER)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Bilan\", \"durationMinutes\": 45, \"colour\": \"#336699\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();

        String id = id(book(assistant, booking(patient, TEN, TEN_THIRTY, ", \"appointmentTypeId\": \"" + type + "\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("BOOKED"))));

        mvc.perform(get("/api/appointments").with(user(assistant)).param("from", "2030-01-07T00:00:00Z")
                        .param("to", "2030-01-08T00:00:00Z").param("practitionerId", practitioner.userId().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data", hasSize(1)))
                .andExpect(jsonPath("$.data[0].id", is(id)))
                .andExpect(jsonPath("$.data[0].patientName", is("Amina Benali")))
                .andExpect(jsonPath("$.data[0].practitionerName", is("Test PRACTITIONER")))
                .andExpect(jsonPath("$.data[0].timeZone", is("Europe/Paris")))
                .andExpect(jsonPath("$.data[0].typeName", is("Bilan")))
                .andExpect(jsonPath("$.data[0].colour", is("#336699")));
        mvc.perform(get("/api/appointments").with(user(assistant)).param("from", "2030-01-08T00:00:00Z")
                        .param("to", "2030-01-09T00:00:00Z"))
                .andExpect(jsonPath("$.data", hasSize(0)));
    }

    @Test
    void refusesAnOverlappingBookingNamingTheAppointmentHoldingThePractitioner() throws Exception {
        String first = id(book(assistant, booking(patient, TEN, TEN_THIRTY, "")).andExpect(status().isCreated()));
        PatientId other = calendar.aPatient("Haddad");

        mvc.perform(post("/api/appointments").with(user(assistant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(booking(other, "2030-01-07T09:15:00Z", ELEVEN, "").replace(calendar.room.toString(),
                                calendar.otherRoom.toString())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/slot-taken")))
                .andExpect(jsonPath("$.conflict.appointmentId", is(first)))
                .andExpect(jsonPath("$.conflict.resource", is("PRACTITIONER")))
                .andExpect(jsonPath("$.conflict.start", is(TEN)))
                .andExpect(jsonPath("$.conflict.end", is(TEN_THIRTY)));
        assertThat(scheduledEvents()).isEqualTo(1);
    }

    @Test
    void acceptsABookingThatStartsWhenThePreviousEnds() throws Exception {
        book(assistant, booking(patient, TEN, TEN_THIRTY, "")).andExpect(status().isCreated());
        book(assistant, booking(patient, TEN_THIRTY, ELEVEN, "")).andExpect(status().isCreated());
    }

    @Test
    void cancellingFreesTheSlotAndRecordsTheReason() throws Exception {
        String id = id(book(assistant, booking(patient, TEN, TEN_THIRTY, "")));

        mvc.perform(delete("/api/appointments/" + id).with(user(assistant)).with(csrf()).param("reason", "grippe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("CANCELLED")))
                .andExpect(jsonPath("$.cancellationReason", is("grippe")))
                .andExpect(jsonPath("$.lateCancellation", is(false)));
        book(assistant, booking(patient, TEN, TEN_THIRTY, "")).andExpect(status().isCreated());
    }

    @Test
    void refusesACancellationWithoutReason() throws Exception {
        String id = id(book(assistant, booking(patient, TEN, TEN_THIRTY, "")));

        mvc.perform(delete("/api/appointments/" + id).with(user(assistant)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("reason")));
    }

    @Test
    void walksThroughConfirmArriveCompleteAndRefusesToGoBack() throws Exception {
        String id = id(book(assistant, booking(patient, TEN, TEN_THIRTY, "")));

        for (String step : new String[] {"confirm", "arrive", "complete"}) {
            mvc.perform(post("/api/appointments/" + id + "/" + step).with(user(assistant)).with(csrf()))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/appointments/" + id).with(user(assistant))).andExpect(jsonPath("$.status", is("COMPLETED")));
        mvc.perform(post("/api/appointments/" + id + "/confirm").with(user(assistant)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/invalid-transition")));
    }

    @Test
    void refusesANoShowBeforeTheStart() throws Exception {
        String id = id(book(assistant, booking(patient, TEN, TEN_THIRTY, "")));

        mvc.perform(post("/api/appointments/" + id + "/no-show").with(user(assistant)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/no-show-before-start")));
    }

    @Test
    void showsTheAppointmentsHistoryWithTheTimeBeforeAndAfterAMove() throws Exception {
        String id = id(book(assistant, booking(patient, TEN, TEN_THIRTY, ", \"notes\": \"dos\"")));
        mvc.perform(patch("/api/appointments/" + id).with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": \"2030-01-07T11:00:00Z\", \"end\": \"2030-01-07T11:30:00Z\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/appointments/" + id + "/history").with(user(assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].eventType", is("AppointmentRescheduled")))
                .andExpect(jsonPath("$.data[0].changes[?(@.field == 'start')].before", contains(TEN)))
                .andExpect(jsonPath("$.data[0].changes[?(@.field == 'start')].after", contains("2030-01-07T11:00:00Z")))
                .andExpect(jsonPath("$.data[1].changes[?(@.field == 'notes')].after", contains("dos")));
        assertThat(jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :id AND sequence_number = 0")
                .param("id", id).query(String.class).single()).doesNotContain("dos").contains("kine:pd:v1:" + patient);
        mvc.perform(get("/api/appointments/" + patient + "/history").with(user(assistant))).andExpect(status().isNotFound());
    }

    @Test
    void reschedulesAndRefusesToMoveOntoAnotherAppointment() throws Exception {
        String first = id(book(assistant, booking(patient, TEN, TEN_THIRTY, "")));
        String second = id(book(assistant, booking(calendar.aPatient("Haddad"), TEN_THIRTY, ELEVEN, "")));

        mvc.perform(patch("/api/appointments/" + first).with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": \"2030-01-07T09:45:00Z\", \"end\": \"2030-01-07T10:15:00Z\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.conflict.appointmentId", is(second)));
        mvc.perform(patch("/api/appointments/" + first).with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": \"2030-01-07T11:00:00Z\", \"end\": \"2030-01-07T11:30:00Z\", \"notes\": \"genou\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start", is("2030-01-07T11:00:00Z")))
                .andExpect(jsonPath("$.notes", is("genou")));
        book(assistant, booking(calendar.aPatient("Nour"), TEN, TEN_THIRTY, "")).andExpect(status().isCreated());
    }

    @Test
    void reassignsToAnotherRoomAndFreesTheFirst() throws Exception {
        String id = id(book(assistant, booking(patient, TEN, TEN_THIRTY, "")));

        mvc.perform(patch("/api/appointments/" + id).with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roomId\": \"" + calendar.otherRoom + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roomId", is(calendar.otherRoom.toString())));
        assertThat(calendar.count("SELECT count(*) FROM command_model.booked_slot WHERE resource_id = :id",
                calendar.room.value())).isZero();
    }

    @Test
    void refusesAnotherClinicsPatientNamingTheField() throws Exception {
        PatientId stranger = new Calendar(context).aPatient("Ailleurs");

        book(assistant, booking(stranger, TEN, TEN_THIRTY, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/unknown-booking-party")))
                .andExpect(jsonPath("$.errors[0].field", is("patientId")));
        assertThat(scheduledEvents()).isZero();
    }

    @Test
    void answersAnotherClinicsAppointmentWithNotFound() throws Exception {
        String id = id(book(assistant, booking(patient, TEN, TEN_THIRTY, "")));
        KineUser stranger = new TestClinics(context).aClinic().user(Role.ASSISTANT);

        mvc.perform(get("/api/appointments/" + id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/api/appointments/" + id + "/confirm").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/appointments/" + id).with(user(stranger)).with(csrf()).param("reason", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesBookingOutsideWorkingHoursUnlessAnAuthorisedPersonGivesAReason() throws Exception {
        mvc.perform(put("/api/working-hours").with(user(assistant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"practitionerId": "%s", "locationId": "%s",
                                 "week": {"MONDAY": [{"start": "08:00", "end": "10:00"}]}}
                                """.formatted(practitioner.userId(), calendar.location)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.week.MONDAY[0].end", is("10:00:00")));

        // 09:00-09:30 UTC is 10:00-10:30 in Paris: past the end of the hours
        book(assistant, booking(patient, TEN, TEN_THIRTY, ", \"overrideReason\": \"urgence\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/outside-working-hours")));
        book(calendar.clinic.user(Role.MANAGER), booking(patient, TEN, TEN_THIRTY, ""))
                .andExpect(status().isUnprocessableContent());
        book(calendar.clinic.user(Role.MANAGER), booking(patient, TEN, TEN_THIRTY, ", \"overrideReason\": \"urgence\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.overrideReason", is("urgence")));
        book(assistant, booking(calendar.aPatient("Haddad"), "2030-01-07T08:00:00Z", "2030-01-07T08:30:00Z", ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.overrideReason").doesNotExist());
    }

    @Test
    void letsAnyMemberReadAppointmentTypesAndOnlySettingsManagersChangeThem() throws Exception {
        KineUser owner = calendar.clinic.user(Role.OWNER);
        String type = json.readTree(mvc.perform(post("/api/appointment-types").with(user(owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Suivi\", \"durationMinutes\": 30, \"colour\": \"#00aa00\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();

        mvc.perform(post("/api/appointment-types").with(user(practitioner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Autre\", \"durationMinutes\": 30, \"colour\": \"#00AA00\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/appointment-types").with(user(owner)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Autre\", \"durationMinutes\": 500, \"colour\": \"vert\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)));
        mvc.perform(patch("/api/appointment-types/" + type).with(user(owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"durationMinutes\": 40}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.durationMinutes", is(40)))
                .andExpect(jsonPath("$.colour", is("#00AA00")));
        mvc.perform(get("/api/appointment-types").with(user(calendar.clinic.user(Role.PATIENT))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].name", is("Suivi")));
    }

    @Test
    void refusesTheCalendarToRolesWithoutAppointmentManage() throws Exception {
        mvc.perform(get("/api/appointments").with(user(calendar.clinic.user(Role.AUDITOR)))
                        .param("from", "2030-01-07T00:00:00Z").param("to", "2030-01-08T00:00:00Z"))
                .andExpect(status().isForbidden());
    }

    private long scheduledEvents() {
        return jdbc.sql("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type LIKE '%AppointmentScheduled' AND meta_data::jsonb ->> 'organizationId' = :org
                """).param("org", calendar.clinic.organizationId().toString()).query(Long.class).single();
    }
}
