package io.kine.infra.scheduling;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.ObjectMapper;

/**
 * Time off, holidays and changed hours through the API, and what they change: the free-slot
 * search and the outside-working-hours check. Monday 7 January 2030 in Paris (UTC+1).
 */
@KineIntegrationTest
class AvailabilityApiTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;

    Calendar calendar;
    KineUser assistant;
    KineUser practitioner;
    PatientId patient;

    @BeforeEach
    void mondayMorningsFromNineToTwelve() throws Exception {
        calendar = new Calendar(context);
        assistant = calendar.clinic.user(Role.ASSISTANT);
        practitioner = calendar.clinic.user(Role.PRACTITIONER);
        patient = calendar.aPatient("Libre");
        mvc.perform(put("/api/working-hours").with(user(assistant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"practitionerId": "%s", "locationId": "%s",
                                 "week": {"MONDAY": [{"start": "09:00", "end": "12:00"}]}}
                                """.formatted(practitioner.userId(), calendar.location)))
                .andExpect(status().isOk());
    }

    ResultActions freeSlots(String... parameters) throws Exception {
        var request = get("/api/free-slots").with(user(assistant)).param("locationId", calendar.location.toString());
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    ResultActions exception(String body) throws Exception {
        return mvc.perform(post("/api/working-hours/exceptions").with(user(assistant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions book(String start, String end, String extra) throws Exception {
        return mvc.perform(post("/api/appointments").with(user(assistant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "start": "%s", "end": "%s"%s}
                        """.formatted(patient, practitioner.userId(), calendar.location, start, end, extra)));
    }

    @Test
    void offersTheFreeHoursOfTheMorningInTheLocationsZoneAroundABooking() throws Exception {
        book("2030-01-07T09:00:00Z", "2030-01-07T10:00:00Z", "").andExpect(status().isCreated());

        freeSlots("duration", "60", "from", "2030-01-07", "to", "2030-01-07", "step", "PT60M")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone", is("Europe/Paris")))
                .andExpect(jsonPath("$.data", hasSize(2)))
                .andExpect(jsonPath("$.data[0].start", is("2030-01-07T09:00+01:00")))
                .andExpect(jsonPath("$.data[0].practitionerName", is("Test PRACTITIONER")))
                .andExpect(jsonPath("$.data[1].start", is("2030-01-07T11:00+01:00")))
                .andExpect(jsonPath("$.data[1].end", is("2030-01-07T12:00+01:00")));
    }

    @Test
    void aHolidayEmptiesTheDayAndRefusesBookingsWithoutAnOverride() throws Exception {
        exception("""
                {"practitionerId": "%s", "locationId": "%s", "kind": "HOLIDAY", "first": "2030-01-07", "reason": "Férié"}
                """.formatted(practitioner.userId(), calendar.location))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.exception.kind", is("HOLIDAY")))
                .andExpect(jsonPath("$.exception.last", is("2030-01-07")));

        freeSlots("duration", "30", "from", "2030-01-07", "to", "2030-01-07").andExpect(jsonPath("$.data", hasSize(0)));
        book("2030-01-07T08:00:00Z", "2030-01-07T08:30:00Z", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/outside-working-hours")));
    }

    @Test
    void timeOffForSomeHoursListsTheAppointmentsItAffectsAndWithdrawingItFreesTheHoursAgain() throws Exception {
        String booked = json.readTree(book("2030-01-07T10:00:00Z", "2030-01-07T10:30:00Z", "")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();

        String id = json.readTree(exception("""
                {"practitionerId": "%s", "kind": "TIME_OFF", "first": "2030-01-07", "last": "2030-01-07",
                 "hours": [{"start": "10:30", "end": "12:00"}], "reason": "Formation"}
                """.formatted(practitioner.userId())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.affectedAppointments", hasSize(1)))
                .andExpect(jsonPath("$.affectedAppointments[0].id", is(booked)))
                .andReturn().getResponse().getContentAsString()).get("exception").get("id").asString();

        freeSlots("duration", "30", "from", "2030-01-07", "to", "2030-01-07", "step", "30")
                .andExpect(jsonPath("$.data", hasSize(3)));
        mvc.perform(get("/api/working-hours/exceptions").with(user(assistant))
                        .param("practitionerId", practitioner.userId().toString()).param("from", "2030-01-01"))
                .andExpect(jsonPath("$.data", hasSize(1)))
                .andExpect(jsonPath("$.data[0].hours[0].start", is("10:30:00")));

        mvc.perform(delete("/api/working-hours/exceptions/" + id).with(user(assistant)).with(csrf()))
                .andExpect(status().isNoContent());
        freeSlots("duration", "30", "from", "2030-01-07", "to", "2030-01-07", "step", "30")
                .andExpect(jsonPath("$.data", hasSize(5)));
    }

    @Test
    void changedHoursReplaceTheWeekOnThoseDays() throws Exception {
        exception("""
                {"practitionerId": "%s", "locationId": "%s", "kind": "CHANGED_HOURS", "first": "2030-01-07",
                 "hours": [{"start": "14:00", "end": "15:00"}]}
                """.formatted(practitioner.userId(), calendar.location)).andExpect(status().isCreated());

        freeSlots("duration", "PT1H", "from", "2030-01-07", "to", "2030-01-07",
                "practitionerId", practitioner.userId().toString())
                .andExpect(jsonPath("$.data", hasSize(1)))
                .andExpect(jsonPath("$.data[0].start", is("2030-01-07T14:00+01:00")));
        book("2030-01-07T13:00:00Z", "2030-01-07T13:30:00Z", "").andExpect(status().isCreated());
    }

    @Test
    void answersBadSearchesAndBadExceptionsWithProblems() throws Exception {
        freeSlots("duration", "soon", "from", "2030-01-07", "to", "2030-01-07")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("duration")));
        freeSlots("duration", "30", "from", "2030-01-07", "to", "2030-01-01")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/invalid-slot-search")));
        mvc.perform(get("/api/free-slots").with(user(assistant)).param("duration", "30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/invalid-request")));
        exception("""
                {"practitionerId": "%s", "kind": "CHANGED_HOURS", "first": "2030-01-07"}
                """.formatted(practitioner.userId()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/invalid-time-off")))
                .andExpect(jsonPath("$.errors[0].field", is("hours")));
    }
}
