package io.kine.infra.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
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

/** {@code /api/patients} through the whole stack: security, commands, events, projection, problems. */
@KineIntegrationTest
class PatientApiTest {

    static final String AMINA = """
            {"firstName": "Amina", "lastName": "Benali", "dateOfBirth": "1985-03-14", "sex": "FEMALE",
             "phone": "06 12 34 56 78", "email": "amina@example.org",
             "address": {"street": "3 rue des Lilas", "postalCode": "75011", "city": "Paris", "country": "France"},
             "insurance": {"insurer": "MGEN", "policyNumber": "123456"}}
            """;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser assistant;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
        assistant = clinic.user(Role.ASSISTANT);
    }

    @Test
    void registersAPatientAndServesItAtItsLocation() throws Exception {
        String location = register(AMINA).andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.lastName").value("Benali"))
                .andExpect(jsonPath("$.phone").value("+33612345678"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(user(assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address.city").value("Paris"))
                .andExpect(jsonPath("$.archived").value(false));
    }

    @Test
    void refusesInvalidDetailsNamingEveryFieldAndStoresNothing() throws Exception {
        register("""
                {"firstName": " ", "lastName": "Benali", "dateOfBirth": "2999-01-01", "sex": "FEMALE", "email": "amina@"}
                """)
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/invalid-patient-details"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("firstName", "dateOfBirth", "email")))
                .andExpect(jsonPath("$.requestId").isNotEmpty());

        assertThat(patientEventsOfClinic()).isZero();
    }

    @Test
    void refusesUnknownFieldsMalformedDatesAndBrokenJsonWithA400() throws Exception {
        register(AMINA.replace("\"sex\"", "\"nickname\": \"Mina\", \"sex\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/invalid-request"));
        register(AMINA.replace("1985-03-14", "14/03/1985")).andExpect(status().isBadRequest());
        register("{\"firstName\": ").andExpect(status().isBadRequest());

        assertThat(patientEventsOfClinic()).isZero();
    }

    @Test
    void flagsAPossibleDuplicateUntilTheClientConfirmsItIsAnotherPerson() throws Exception {
        String firstId = id(register(AMINA).andExpect(status().isCreated()));
        String sameNameOtherCase = AMINA.replace("Amina", "AMINA").replace("amina@", "other@");

        register(sameNameOtherCase).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/possible-duplicate"))
                .andExpect(jsonPath("$.duplicates[0].id").value(firstId));
        register(sameNameOtherCase.replace("\"sex\"", "\"acknowledgeDuplicate\": true, \"sex\""))
                .andExpect(status().isCreated());
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyCreatesOnePatient() throws Exception {
        String first = id(register(AMINA, "form-123456").andExpect(status().isCreated()));
        String retry = id(register(AMINA, "form-123456").andExpect(status().isOk()));

        assertThat(retry).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM read_model.patient WHERE organization_id = :org")
                .param("org", clinic.organizationId().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void patchesOnlyTheGivenFieldsAndNullClearsOne() throws Exception {
        String location = "/api/patients/" + id(register(AMINA));

        mvc.perform(patch(location).with(user(assistant)).with(csrf())
                        .contentType("application/merge-patch+json")
                        .content("{\"phone\": null, \"address\": {\"city\": \"Lyon\"}}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.phone", nullValue()))
                .andExpect(jsonPath("$.address.city").value("Lyon"))
                .andExpect(jsonPath("$.address.street").value("3 rue des Lilas"))
                .andExpect(jsonPath("$.firstName").value("Amina"));
    }

    @Test
    void refusesAChangeBasedOnAStaleVersion() throws Exception {
        String location = "/api/patients/" + id(register(AMINA));
        changeCity(location, "Lyon", "\"0\"").andExpect(status().isOk());

        changeCity(location, "Rabat", "\"0\"").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/concurrent-modification"));
        mvc.perform(get(location).with(user(assistant))).andExpect(jsonPath("$.address.city").value("Lyon"));
    }

    @Test
    void archivingHidesThePatientFromListsAndRestoringBringsItBack() throws Exception {
        String id = id(register(AMINA));

        mvc.perform(delete("/api/patients/" + id).with(user(assistant)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/patients/" + id).with(user(assistant)).with(csrf())).andExpect(status().isNoContent());
        list("").andExpect(jsonPath("$.meta.total").value(0));
        list("?includeArchived=true").andExpect(jsonPath("$.data[0].archived").value(true));
        mvc.perform(get("/api/patients/" + id).with(user(assistant))).andExpect(jsonPath("$.archived").value(true));

        mvc.perform(post("/api/patients/" + id + "/restore").with(user(assistant)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.archived").value(false));
        list("").andExpect(jsonPath("$.meta.total").value(1));
    }

    @Test
    void listsWithPagingMetaAndRefusesParametersOutsideTheWhitelist() throws Exception {
        register(AMINA);
        register(AMINA.replace("Benali", "Alaoui"), null, true);

        list("?pageSize=1&sort=lastName,desc").andExpect(status().isOk())
                .andExpect(jsonPath("$.data", hasSize(1)))
                .andExpect(jsonPath("$.data[0].lastName").value("Benali"))
                .andExpect(jsonPath("$.meta.total").value(2))
                .andExpect(jsonPath("$.meta.pageSize").value(1));
        list("?sort=password").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        list("?pageSize=1000").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("pageSize"));
        list("?page=0").andExpect(status().isBadRequest());
        list("?page=abc").andExpect(status().isBadRequest());
    }

    @Test
    void anotherClinicCannotReadOrChangeThePatient() throws Exception {
        String location = "/api/patients/" + id(register(AMINA));
        KineUser stranger = new TestClinics(context).aClinic().user(Role.OWNER);

        mvc.perform(get(location).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(patch(location).with(user(stranger)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"lastName\": \"X\"}")).andExpect(status().isNotFound());
        mvc.perform(delete(location).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(location + "/history").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(user(assistant))).andExpect(jsonPath("$.lastName").value("Benali"))
                .andExpect(jsonPath("$.archived").value(false));
    }

    @Test
    void refusesCallersWithoutThePermissionOrWithoutALoginOrCsrfToken() throws Exception {
        mvc.perform(get("/api/patients").with(user(clinic.user(Role.PATIENT)))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/access-denied"));
        mvc.perform(post("/api/patients").with(user(clinic.user(Role.AUDITOR))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(AMINA)).andExpect(status().isForbidden());
        mvc.perform(get("/api/patients")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/patients").with(user(assistant)).contentType(MediaType.APPLICATION_JSON).content(AMINA))
                .andExpect(status().isForbidden());

        assertThat(patientEventsOfClinic()).isZero();
    }

    @Test
    void recordsTheActorOrganizationAndRequestIdOnTheEvent() throws Exception {
        String id = id(mvc.perform(post("/api/patients").with(user(assistant)).with(csrf())
                        .header("X-Request-Id", "req-test-000123")
                        .contentType(MediaType.APPLICATION_JSON).content(AMINA))
                .andExpect(header().string("X-Request-Id", "req-test-000123")));

        var metadata = jdbc.sql("""
                SELECT meta_data::jsonb ->> 'actorId' AS actor, meta_data::jsonb ->> 'organizationId' AS organization,
                       meta_data::jsonb ->> 'requestId' AS request, meta_data::jsonb ->> 'actorRoles' AS roles,
                       meta_data::jsonb ->> 'correlationId' AS correlation, meta_data::jsonb ->> 'traceId' AS trace
                FROM domain_event_entry WHERE aggregate_identifier = :id
                """).param("id", id).query().singleRow();

        assertThat(metadata).containsEntry("actor", assistant.userId().toString())
                .containsEntry("organization", clinic.organizationId().toString())
                .containsEntry("request", "req-test-000123")
                .containsEntry("roles", "ASSISTANT");
        assertThat(metadata.get("correlation")).isNotNull();
        assertThat(metadata.get("trace")).isNotNull();
    }

    @Test
    void servesTheHistoryNewestFirstWithWhoAndWhatChanged() throws Exception {
        String location = "/api/patients/" + id(register(AMINA));
        changeCity(location, "Lyon", null).andExpect(status().isOk());

        mvc.perform(get(location + "/history").with(user(assistant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data", hasSize(2)))
                .andExpect(jsonPath("$.data[0].eventType").value("PatientDetailsUpdated"))
                .andExpect(jsonPath("$.data[0].actorName").value("Test ASSISTANT"))
                .andExpect(jsonPath("$.data[0].changes", hasSize(1)))
                .andExpect(jsonPath("$.data[0].changes[0].field").value("address.city"))
                .andExpect(jsonPath("$.data[0].changes[0].before").value("Paris"))
                .andExpect(jsonPath("$.data[0].changes[0].after").value("Lyon"))
                .andExpect(jsonPath("$.data[1].eventType").value("PatientRegistered"))
                .andExpect(jsonPath("$.data[1].changes[0].field", is("firstName")))
                .andExpect(jsonPath("$.data[1].requestId", endsWith("")));
    }

    @Test
    void answersAnUnexpectedFaultWithAProblemAndTheRequestIdNotAStackTrace() throws Exception {
        var commandBus = context.getBean(org.axonframework.commandhandling.CommandBus.class);
        var failure = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            throw new IllegalStateException("database on fire");
        });
        try {
            register(AMINA).andExpect(status().isInternalServerError())
                    .andExpect(jsonPath("$.type").value("https://kine.io/problems/server-error"))
                    .andExpect(jsonPath("$.requestId").isNotEmpty())
                    .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("fire"))));
        } finally {
            failure.cancel();
        }
        assertThat(patientEventsOfClinic()).isZero();
    }

    private ResultActions register(String json) throws Exception {
        return register(json, null, false);
    }

    private ResultActions register(String json, String idempotencyKey) throws Exception {
        return register(json, idempotencyKey, false);
    }

    private ResultActions register(String json, String idempotencyKey, boolean ignored) throws Exception {
        var request = post("/api/patients").with(user(assistant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return mvc.perform(request);
    }

    private ResultActions changeCity(String location, String city, String ifMatch) throws Exception {
        var request = patch(location).with(user(assistant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"address\": {\"city\": \"" + city + "\"}}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private ResultActions list(String query) throws Exception {
        return mvc.perform(get("/api/patients" + query).with(user(assistant)));
    }

    private static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private long patientEventsOfClinic() {
        return jdbc.sql("""
                SELECT count(*) FROM domain_event_entry
                WHERE meta_data::jsonb ->> 'organizationId' = :org AND type = 'Patient'
                """).param("org", clinic.organizationId().toString()).query(Long.class).single();
    }
}
