package io.kine.infra.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code /api/organization} and {@code /api/locations} through the whole stack. */
@KineIntegrationTest
class OrganizationApiTest {

    static final String PARIS = """
            {"name": "Paris 11e", "street": "3 rue des Lilas", "postalCode": "75011", "city": "Paris",
             "country": "France", "phone": "01 43 55 12 34", "timeZone": "Europe/Paris"}
            """;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser admin;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
        admin = clinic.user(Role.ADMIN);
    }

    @Test
    void changesTheSettingsWithAMergePatchAndAnyMemberReadsThem() throws Exception {
        mvc.perform(patch("/api/organization").with(user(admin)).with(csrf()).contentType("application/merge-patch+json")
                        .content("""
                                {"name": "Cabinet Anfa", "currency": "mad", "defaultLocale": "ar",
                                 "legalIdentifiers": {"legalName": "Kine Anfa SARL", "ice": "001234567000089"}}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("MAD"))
                .andExpect(jsonPath("$.legalIdentifiers.ice").value("001234567000089"));

        mvc.perform(get("/api/organization").with(user(clinic.user(Role.PRACTITIONER))))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Cabinet Anfa"))
                .andExpect(jsonPath("$.defaultLocale").value("ar"))
                .andExpect(jsonPath("$.legalIdentifiers.legalName").value("Kine Anfa SARL"));
    }

    @Test
    void refusesInvalidSettingsNamingEveryFieldAndRecordsNothing() throws Exception {
        long before = eventsOfClinic();

        mvc.perform(patch("/api/organization").with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "", "currency": "EURO", "defaultLocale": "de",
                                 "legalIdentifiers": {"siret": "12345678901234"}}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/invalid-organization"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "legalIdentifiers.siret",
                        "currency", "defaultLocale")));

        assertThat(eventsOfClinic()).isEqualTo(before);
    }

    @Test
    void refusesChangesToRolesWithoutTheSettingsPermission() throws Exception {
        long before = eventsOfClinic();
        for (Role role : new Role[] {Role.MANAGER, Role.PRACTITIONER, Role.ASSISTANT, Role.PATIENT, Role.AUDITOR}) {
            mvc.perform(patch("/api/organization").with(user(clinic.user(role))).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Mine now\"}"))
                    .andExpect(status().isForbidden());
            addLocation(clinic.user(role), PARIS).andExpect(status().isForbidden());
        }
        assertThat(eventsOfClinic()).isEqualTo(before);
    }

    @Test
    void opensALocationAndListsItWithItsResources() throws Exception {
        String location = addLocation(admin, PARIS).andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value("+33143551234"))
                .andReturn().getResponse().getHeader("Location");

        addResource(location, "{\"kind\": \"ROOM\", \"name\": \"Salle 1\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Salle 1"));
        addResource(location, "{\"kind\": \"EQUIPMENT\", \"name\": \"Ondes de choc\"}").andExpect(status().isCreated());

        mvc.perform(get("/api/locations").with(user(clinic.user(Role.ASSISTANT))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data", hasSize(1)))
                .andExpect(jsonPath("$.data[0].timeZone").value("Europe/Paris"))
                .andExpect(jsonPath("$.data[0].resources[*].name", containsInAnyOrder("Ondes de choc", "Salle 1")));
    }

    @Test
    void refusesAnUnknownTimeZoneAndAMissingName() throws Exception {
        addLocation(admin, PARIS.replace("Europe/Paris", "Europe/Atlantis")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        addLocation(admin, PARIS.replace("Paris 11e", " ")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void updatesRenamesRemovesAndClosesThroughTheApi() throws Exception {
        String location = addLocation(admin, PARIS).andReturn().getResponse().getHeader("Location");
        String resource = addResource(location, "{\"kind\": \"ROOM\", \"name\": \"Salle 1\"}")
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(patch(location).with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"city\": \"Lyon\", \"phone\": null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("Lyon"))
                .andExpect(jsonPath("$.street").value("3 rue des Lilas"))
                .andExpect(jsonPath("$.phone").isEmpty());
        mvc.perform(patch(resource).with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Salle Bleue\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Salle Bleue"));
        mvc.perform(delete(resource).with(user(admin)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/locations").with(user(admin))).andExpect(jsonPath("$.data[0].resources", hasSize(0)));

        mvc.perform(delete(location).with(user(admin)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/locations").with(user(admin))).andExpect(jsonPath("$.data", hasSize(0)));
        mvc.perform(get("/api/locations?includeClosed=true").with(user(admin)))
                .andExpect(jsonPath("$.data[0].closed").value(true));
        addResource(location, "{\"kind\": \"ROOM\", \"name\": \"Salle 2\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/location-closed"));
    }

    @Test
    void refusesATakenResourceNameWithAFieldError() throws Exception {
        String location = addLocation(admin, PARIS).andReturn().getResponse().getHeader("Location");
        addResource(location, "{\"kind\": \"ROOM\", \"name\": \"Salle 1\"}").andExpect(status().isCreated());

        addResource(location, "{\"kind\": \"EQUIPMENT\", \"name\": \"salle 1\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("resource.name.taken"));
        addResource(location, "{\"kind\": \"SOFA\", \"name\": \"Canapé\"}").andExpect(status().isBadRequest());
    }

    @Test
    void anotherOrganizationsLocationIsNotFound() throws Exception {
        String location = addLocation(admin, PARIS).andReturn().getResponse().getHeader("Location");
        KineUser stranger = new TestClinics(context).aClinic().user(Role.OWNER);

        mvc.perform(patch(location).with(user(stranger)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"city\": \"Lyon\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/location-not-found"));
        mvc.perform(delete(location).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(location + "/resources").with(user(stranger)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"ROOM\", \"name\": \"Intrus\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/locations").with(user(stranger))).andExpect(jsonPath("$.data", hasSize(0)));
    }

    private ResultActions addLocation(KineUser who, String body) throws Exception {
        return mvc.perform(post("/api/locations").with(user(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions addResource(String location, String body) throws Exception {
        return mvc.perform(post(location + "/resources").with(user(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long eventsOfClinic() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :org")
                .param("org", clinic.organizationId().toString()).query(Long.class).single();
    }

    static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
