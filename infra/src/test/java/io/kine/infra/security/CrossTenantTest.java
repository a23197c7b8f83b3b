package io.kine.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.kernel.identity.Role;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One clinic never sees nor touches another's data: the owner of clinic B, who holds every
 * permission in B, gets 404 on every read and write of clinic A's records, for every endpoint
 * family, and clinic A's history gains no event.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinicA;
    Clinic clinicB;
    String patient;
    String location;
    String resource;
    String token;
    String practitioner;
    String appointment;
    String series;
    String timeOff;
    String caseId;
    String visit;
    String invoice;
    String product;

    @BeforeAll
    void clinicAHasData() throws Exception {
        TestClinics clinics = new TestClinics(context);
        clinicA = clinics.aClinic();
        clinicB = clinics.aClinic();
        var ownerA = clinicA.user(Role.OWNER);
        patient = id(mvc.perform(json(post("/api/patients"), ownerA, """
                {"firstName": "Amina", "lastName": "Secret", "dateOfBirth": "1985-03-14", "sex": "FEMALE"}
                """)).andReturn().getResponse().getContentAsString());
        location = id(mvc.perform(json(post("/api/locations"), ownerA, """
                {"name": "Rabat Agdal", "timeZone": "Africa/Casablanca"}
                """)).andReturn().getResponse().getContentAsString());
        resource = id(mvc.perform(json(post("/api/locations/" + location + "/resources"), ownerA, """
                {"kind": "ROOM", "name": "Salle A"}
                """)).andReturn().getResponse().getContentAsString());
        practitioner = clinicA.user(Role.PRACTITIONER).userId().toString();
        token = JsonPath.read(mvc.perform(json(post("/api/tokens"), ownerA, "{\"name\": \"A\"}"))
                .andReturn().getResponse().getContentAsString(), "$.token.tokenId");
        org.awaitility.Awaitility.await().until(() -> jdbc.sql("SELECT count(*) FROM read_model.staff_member"
                + " WHERE user_id = :id").param("id", java.util.UUID.fromString(practitioner)).query(Long.class).single() == 1);
        appointment = id(mvc.perform(json(post("/api/appointments"), ownerA, """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "roomId": "%s",
                 "start": "2030-05-06T09:00:00Z", "end": "2030-05-06T09:30:00Z"}
                """.formatted(patient, practitioner, location, resource))).andReturn().getResponse().getContentAsString());
        series = id(mvc.perform(json(post("/api/appointment-series"), ownerA, """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "start": "2030-05-07T09:00",
                 "durationMinutes": 30, "recurrence": "FREQ=WEEKLY;BYDAY=TU;COUNT=3"}
                """.formatted(patient, practitioner, location))).andReturn().getResponse().getContentAsString());
        timeOff = JsonPath.read(mvc.perform(json(post("/api/working-hours/exceptions"), ownerA, """
                {"practitionerId": "%s", "locationId": "%s", "kind": "HOLIDAY", "first": "2030-05-01"}
                """.formatted(practitioner, location))).andReturn().getResponse().getContentAsString(), "$.exception.id");
        caseId = JsonPath.read(mvc.perform(json(post("/api/patients/" + patient + "/cases"), ownerA,
                "{\"reasonForReferral\": \"Secret\"}")).andReturn().getResponse().getContentAsString(), "$.caseId");
        visit = JsonPath.read(mvc.perform(json(post("/api/cases/" + caseId + "/visits"), ownerA, "{}"))
                .andReturn().getResponse().getContentAsString(), "$.visitId");
        mvc.perform(json(patch("/api/visits/" + visit), ownerA, "{\"note\": {\"subjective\": \"Secret\"}}"));
        invoice = id(mvc.perform(json(post("/api/invoices"), ownerA, "{\"patientId\": \"" + patient + "\"}"))
                .andReturn().getResponse().getContentAsString());
        product = id(mvc.perform(json(post("/api/products"), ownerA, """
                {"code": "SECRET-1", "name": "Secret care", "kind": "SERVICE", "unitPrice": 40, "taxRate": 0}
                """)).andReturn().getResponse().getContentAsString());
    }

    Stream<String> requestsOnClinicAsRecords() {
        return Stream.of(
                "GET /api/patients/" + "{patient}",
                "PATCH /api/patients/{patient} {\"lastName\": \"Stolen\"}",
                "DELETE /api/patients/{patient}",
                "POST /api/patients/{patient}/restore",
                "GET /api/patients/{patient}/history",
                "PATCH /api/locations/{location} {\"name\": \"Stolen\"}",
                "DELETE /api/locations/{location}",
                "POST /api/locations/{location}/resources {\"kind\": \"ROOM\", \"name\": \"Intruder\"}",
                "PATCH /api/locations/{location}/resources/{resource} {\"name\": \"Stolen\"}",
                "DELETE /api/locations/{location}/resources/{resource}",
                "DELETE /api/tokens/{token}",
                "GET /api/staff/{practitioner}",
                "POST /api/staff/{practitioner}/roles {\"role\": \"OWNER\"}",
                "DELETE /api/staff/{practitioner}/roles/PRACTITIONER",
                "POST /api/staff/{practitioner}/deactivate",
                "POST /api/staff/{practitioner}/reactivate",
                "POST /api/staff/{practitioner}/invitation",
                "PUT /api/staff/{practitioner}/practitioner-profile {\"specialties\": [\"Sport\"], \"licenseNumber\": \"123\"}",
                "GET /staff/{practitioner}",
                "POST /staff/{practitioner}/deactivate",
                "GET /patients/{patient}",
                "GET /api/appointments/{appointment}",
                "PATCH /api/appointments/{appointment} {\"notes\": \"Stolen\"}",
                "DELETE /api/appointments/{appointment}?reason=x",
                "POST /api/appointments/{appointment}/confirm",
                "POST /api/appointments/{appointment}/arrive",
                "GET /api/appointment-series/{series}",
                "PATCH /api/appointment-series/{series} {\"scope\": \"ALL\", \"startTime\": \"11:00\"}",
                "POST /api/appointment-series/{series}/cancel {\"scope\": \"ALL\", \"reason\": \"x\"}",
                "DELETE /api/appointment-series/{series}?reason=x",
                "DELETE /api/working-hours/exceptions/{timeOff}",
                "GET /api/patients/{patient}/appointments",
                "GET /patients/{patient}/edit",
                "GET /calendar/feed?practitionerId={practitioner}",
                "POST /calendar/feed?practitionerId={practitioner}&action=issue",
                "POST /calendar/feed?practitionerId={practitioner}&action=revoke",
                "GET /api/patients/{patient}/cases",
                "POST /api/patients/{patient}/cases {\"reasonForReferral\": \"Intrus\"}",
                "GET /api/patients/{patient}/visits",
                "GET /api/cases/{case}",
                "PATCH /api/cases/{case} {\"goals\": \"Stolen\"}",
                "POST /api/cases/{case}/close {\"outcome\": \"Stolen\"}",
                "GET /api/cases/{case}/visits",
                "POST /api/cases/{case}/visits {}",
                "GET /api/cases/{case}/attachments",
                "GET /api/visits/{visit}",
                "PATCH /api/visits/{visit} {\"note\": {\"plan\": \"Stolen\"}}",
                "GET /api/visits/{visit}/revisions",
                "GET /api/visits/{visit}/diff?from=1&to=1",
                "POST /api/visits/{visit}/addenda {\"text\": \"Stolen\"}",
                "GET /patients/{patient}/chart",
                "GET /cases/{case}",
                "GET /visits/{visit}",
                "GET /visits/{visit}/edit",
                "GET /visits/{visit}/revisions",
                "POST /visits/{visit}/sign",
                "GET /api/invoices/{invoice}",
                "PATCH /api/invoices/{invoice} {\"notes\": \"Stolen\"}",
                "POST /api/invoices/{invoice}/lines {\"description\": \"x\", \"quantity\": 1, \"unitPrice\": 1, \"taxRate\": 0}",
                "POST /api/invoices/{invoice}/issue",
                "POST /api/invoices/{invoice}/void",
                "POST /api/invoices/{invoice}/payments {\"amount\": 1, \"method\": \"CASH\"}",
                "POST /api/invoices/{invoice}/credit-note {\"reason\": \"x\"}",
                "GET /api/invoices/{invoice}/pdf",
                "GET /api/products/{product}",
                "PATCH /api/products/{product} {\"name\": \"Stolen\"}",
                "PUT /api/appointment-types/{product}/service {\"productId\": \"{product}\"}",
                "GET /api/patients/{patient}/account",
                "GET /api/patients/{patient}/statement.pdf",
                "POST /api/patients/{patient}/credit/refunds {\"amount\": 1, \"method\": \"CASH\"}",
                "GET /billing/invoices/{invoice}",
                "GET /api/visits/{visit}/billing",
                "POST /api/visits/{visit}/invoice {}",
                "POST /api/visits/{visit}/invoice {\"productId\": \"{product}\"}",
                "POST /billing/visits/{visit}/invoice",
                "POST /billing/invoices/{invoice}/issue",
                "GET /billing/patients/{patient}",
                "GET /api/audit/records/{patient}/history",
                "GET /api/audit/records/{patient}/state?at=2030-01-01T00:00:00Z",
                "POST /api/patients/{patient}/erasure {\"reason\": \"stolen\"}",
                "GET /patients/{patient}/erasure",
                "GET /audit/records/{patient}",
                "GET /api/cases/{case}/history",
                "GET /cases/{case}/history",
                "GET /api/visits/{visit}/history",
                "GET /visits/{visit}/history",
                "GET /api/invoices/{invoice}/history",
                "GET /billing/invoices/{invoice}/history",
                "GET /api/appointments/{appointment}/history",
                "GET /appointments/{appointment}/history");
    }

    @ParameterizedTest
    @MethodSource("requestsOnClinicAsRecords")
    void anotherClinicGetsNotFoundAndChangesNothing(String request) throws Exception {
        long eventsBefore = eventsOfClinicA();

        mvc.perform(build(request)).andExpect(status().isNotFound());

        assertThat(eventsOfClinicA()).isEqualTo(eventsBefore);
    }

    @ParameterizedTest
    @MethodSource("listsOfClinicB")
    void anotherClinicsListsNeverShowClinicAsRecords(String path) throws Exception {
        String answer = mvc.perform(get(path).with(user(clinicB.user(Role.OWNER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(answer).doesNotContain(patient).doesNotContain(location).doesNotContain("Secret")
                .doesNotContain("Rabat Agdal").doesNotContain(practitioner).doesNotContain(invoice).doesNotContain(product)
                .doesNotContain("SECRET-1");
    }

    List<String> listsOfClinicB() {
        return List.of("/api/patients?search=secret&includeArchived=true", "/api/locations?includeClosed=true",
                "/api/tokens", "/patients?search=secret&includeArchived=true", "/api/staff", "/staff", "/calendar",
                "/calendar/feed", "/api/invoices", "/api/products?includeInactive=true", "/billing", "/billing/products",
                "/billing/aging", "/billing/appointments", "/api/audit/events?size=200",
                "/api/audit/events/export?format=ndjson", "/api/audit/access-log", "/audit/events", "/audit/access",
                "/reports", "/reports/today", "/reports/export", "/reports/today/export",
                "/api/appointments?from=2030-05-01T00:00:00Z&to=2030-06-01T00:00:00Z",
                "/api/working-hours/exceptions?from=2030-01-01&to=2030-12-31");
    }

    /** Naming clinic A's location, practitioner or patient in clinic B's searches and bookings finds nothing of A's. */
    @ParameterizedTest
    @MethodSource("searchesAndBookingsNamingClinicAsRecords")
    void anotherClinicsRecordsAreUnknownToSearchesAndBookings(String request) throws Exception {
        long eventsBefore = eventsOfClinicA();

        String answer = mvc.perform(build(request)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).contains("unknown-booking-party").doesNotContain("Rabat");
        assertThat(eventsOfClinicA()).isEqualTo(eventsBefore);
    }

    List<String> searchesAndBookingsNamingClinicAsRecords() {
        return List.of(
                "GET /api/free-slots?locationId={location}&duration=30&from=2030-05-06&to=2030-05-10",
                "POST /api/appointment-series {\"patientId\": \"{patient}\", \"practitionerId\": \"{practitioner}\","
                        + " \"locationId\": \"{location}\", \"start\": \"2030-05-07T09:00\", \"durationMinutes\": 30,"
                        + " \"recurrence\": \"FREQ=WEEKLY;COUNT=2\"}",
                "POST /api/working-hours/exceptions {\"practitionerId\": \"{practitioner}\", \"kind\": \"HOLIDAY\","
                        + " \"first\": \"2030-05-01\"}");
    }

    private MockHttpServletRequestBuilder build(String request) {
        String[] parts = request.replace("{patient}", patient).replace("{location}", location)
                .replace("{resource}", resource).replace("{token}", token)
                .replace("{practitioner}", practitioner).replace("{appointment}", appointment)
                .replace("{series}", series).replace("{timeOff}", timeOff).replace("{case}", caseId)
                .replace("{visit}", visit).replace("{invoice}", invoice).replace("{product}", product)
                .split(" ", 3);
        var builder = switch (parts[0]) {
            case "GET" -> get(parts[1]);
            case "PATCH" -> patch(parts[1]);
            case "DELETE" -> delete(parts[1]);
            case "PUT" -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(parts[1]);
            default -> post(parts[1]);
        };
        builder.with(user(clinicB.user(Role.OWNER))).with(csrf());
        if (parts.length == 3) {
            builder.contentType(MediaType.APPLICATION_JSON).content(parts[2]);
        }
        return builder;
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object owner, String body) {
        return request.with(user((org.springframework.security.core.userdetails.UserDetails) owner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long eventsOfClinicA() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE meta_data::jsonb ->> 'organizationId' = :org")
                .param("org", clinicA.organizationId().toString()).query(Long.class).single();
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }
}
