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
                "GET /patients/{patient}/edit");
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
                .doesNotContain("Rabat Agdal").doesNotContain(practitioner);
    }

    List<String> listsOfClinicB() {
        return List.of("/api/patients?search=secret&includeArchived=true", "/api/locations?includeClosed=true",
                "/api/tokens", "/patients?search=secret&includeArchived=true", "/api/staff", "/staff", "/reports",
                "/reports/today", "/reports/export", "/reports/today/export");
    }

    private MockHttpServletRequestBuilder build(String request) {
        String[] parts = request.replace("{patient}", patient).replace("{location}", location)
                .replace("{resource}", resource).replace("{token}", token)
                .replace("{practitioner}", practitioner).split(" ", 3);
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
