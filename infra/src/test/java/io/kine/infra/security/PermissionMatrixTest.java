package io.kine.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.ArchivePatient;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every role against every action of the patient API, over HTTP. The expected answer of each
 * cell comes from the role matrix in the kernel; a few cells are also written out by hand, so a
 * wrong matrix cannot pass by agreeing with itself. A refusal must change nothing.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

    /** The patient API's actions and the permission each one needs. */
    enum Action {
        LIST(Permission.PATIENT_READ, patient -> get("/api/patients")),
        GET(Permission.PATIENT_READ, patient -> get("/api/patients/" + patient)),
        HISTORY(Permission.PATIENT_READ, patient -> get("/api/patients/" + patient + "/history")),
        REGISTER(Permission.PATIENT_WRITE, patient -> post("/api/patients").contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstName\": \"Sara\", \"lastName\": \"" + aName() + "\", \"dateOfBirth\": \"1991-02-03\","
                        + " \"sex\": \"FEMALE\"}")),
        PATCH(Permission.PATIENT_WRITE, patient -> patch("/api/patients/" + patient)
                .contentType("application/merge-patch+json").content("{\"phone\": \"06 11 22 33 44\"}")),
        ARCHIVE(Permission.PATIENT_WRITE, patient -> delete("/api/patients/" + patient)),
        RESTORE(Permission.PATIENT_WRITE, patient -> post("/api/patients/" + patient + "/restore"));

        final Permission needs;
        final Function<PatientId, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request;

        Action(Permission needs,
                Function<PatientId, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request) {
            this.needs = needs;
            this.request = request;
        }
    }

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;

    Clinic clinic;

    @BeforeAll
    void oneClinicForTheWholeMatrix() {
        clinic = new TestClinics(context).aClinic();
    }

    static Stream<Arguments> cells() {
        return Arrays.stream(Role.values())
                .flatMap(role -> Arrays.stream(Action.values()).map(action -> Arguments.of(role, action)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cells")
    void answersEachRoleAsTheMatrixSays(Role role, Action action) throws Exception {
        assertAnswer(role, action, role.grants(action.needs));
    }

    /** Written out by hand, independently of {@link Role}: the front desk writes, the auditor only reads, a patient sees no records. */
    @ParameterizedTest(name = "{0} {1} allowed={2}")
    @CsvSource({
            "ASSISTANT, REGISTER, true", "ASSISTANT, ARCHIVE, true", "MANAGER, PATCH, true",
            "PRACTITIONER, HISTORY, true", "AUDITOR, LIST, true", "AUDITOR, GET, true",
            "AUDITOR, REGISTER, false", "AUDITOR, PATCH, false", "AUDITOR, ARCHIVE, false",
            "PATIENT, LIST, false", "PATIENT, GET, false", "PATIENT, RESTORE, false", "OWNER, RESTORE, true"})
    void answersTheCellsWrittenOutByHand(Role role, Action action, boolean allowed) throws Exception {
        assertAnswer(role, action, allowed);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void tellsEveryRoleWhoItIsAndWhatItMayDo(Role role) throws Exception {
        KineUser user = clinic.user(role);
        var permissions = Arrays.stream(Permission.values()).filter(role::grants).map(Permission::key).toList();

        mvc.perform(get("/api/auth/me").with(user(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(user.userId().toString()))
                .andExpect(jsonPath("$.email").value(user.getUsername()))
                .andExpect(jsonPath("$.organizationId").value(clinic.organizationId().toString()))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains(role.name())))
                .andExpect(jsonPath("$.permissions").value(org.hamcrest.Matchers.equalTo(permissions)));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void servesThePatientsPageOnlyToRolesThatReadPatients(Role role) throws Exception {
        mvc.perform(get("/patients").with(user(clinic.user(role))).accept(MediaType.TEXT_HTML))
                .andExpect(status().is(role.grants(Permission.PATIENT_READ) ? 200 : 403));
    }

    /** The organization's reports need reports.view; the day's operations the front desk's appointment.manage. */
    @ParameterizedTest
    @EnumSource(Role.class)
    void servesReportsToTheRolesTheMatrixAllows(Role role) throws Exception {
        KineUser user = clinic.user(role);
        mvc.perform(get("/reports").with(user(user))).andExpect(status().is(role.grants(Permission.REPORTS_VIEW) ? 200 : 403));
        mvc.perform(get("/reports/export").with(user(user)))
                .andExpect(status().is(role.grants(Permission.REPORTS_VIEW) ? 200 : 403));
        mvc.perform(get("/reports/today").with(user(user)))
                .andExpect(status().is(role.grants(Permission.APPOINTMENT_MANAGE) ? 200 : 403));
        mvc.perform(get("/reports/mine").with(user(user)))
                .andExpect(status().is(role == Role.PRACTITIONER ? 200 : 403));
        mvc.perform(get("/admin/projections").with(user(user)))
                .andExpect(status().is(role.grants(Permission.SETTINGS_MANAGE) ? 200 : 403));
    }

    private void assertAnswer(Role role, Action action, boolean allowed) throws Exception {
        PatientId patient = aSettledPatient(action == Action.RESTORE);
        String before = clinicState();

        RequestBuilder request = action.request.apply(patient).with(user(clinic.user(role))).with(csrf());
        MvcResult result = mvc.perform(request).andReturn();

        int status = result.getResponse().getStatus();
        if (allowed) {
            assertThat(status).as("%s %s", role, action).isBetween(200, 299);
        } else {
            assertThat(status).as("%s %s", role, action).isEqualTo(403);
            mvc.perform(request).andExpect(content().contentType("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("https://kine.io/problems/access-denied"));
            assertThat(clinicState()).as("events and read model after a refusal").isEqualTo(before);
        }
    }

    /** A patient of the clinic, archived if asked, once the read model shows it. */
    private PatientId aSettledPatient(boolean archived) {
        PatientId patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic.organizationId(), new PatientDetails("Lina", aName(),
                LocalDate.of(1988, 8, 8), Sex.FEMALE, null, null, null, null)), clinic.organizationId());
        if (archived) {
            commands.send(new ArchivePatient(patient, clinic.organizationId()), clinic.organizationId());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
                .sql("SELECT count(*) FROM read_model.patient WHERE patient_id = :id AND archived = :archived")
                .param("id", patient.value()).param("archived", archived).query(Long.class).single() == 1);
        return patient;
    }

    /** The clinic's event count and every patient row's version and archive flag. */
    private String clinicState() {
        Map<String, Object> state = jdbc.sql("""
                SELECT (SELECT count(*) FROM domain_event_entry
                        WHERE meta_data::jsonb ->> 'organizationId' = :organization::text) AS events,
                       (SELECT coalesce(string_agg(patient_id || ':' || version || ':' || archived, ',' ORDER BY patient_id), '')
                        FROM read_model.patient WHERE organization_id = :organization) AS patients
                """).param("organization", clinic.organizationId().value()).query().singleRow();
        return state.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String aName() {
        return ThreadLocalRandom.current().ints(10, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).insert(0, "Z")
                .toString();
    }
}
