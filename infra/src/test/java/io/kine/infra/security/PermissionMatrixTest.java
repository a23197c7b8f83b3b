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
        RESTORE(Permission.PATIENT_WRITE, patient -> post("/api/patients/" + patient + "/restore")),
        AUDIT_EVENTS(Permission.AUDIT_READ, patient -> get("/api/audit/events?entityId=" + patient)),
        AUDIT_RECORD(Permission.AUDIT_READ, patient -> get("/api/audit/records/" + patient + "/history")),
        AUDIT_EXPORT(Permission.AUDIT_READ, patient -> get("/api/audit/events/export?format=csv&entityId=" + patient)),
        AUDIT_ACCESS_LOG(Permission.AUDIT_READ, patient -> get("/api/audit/access-log"));

        final Permission needs;
        final Function<PatientId, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request;

        Action(Permission needs,
                Function<PatientId, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request) {
            this.needs = needs;
            this.request = request;
        }
    }

    /** The scheduling API's actions, each on records of its own, and the permission each one needs. */
    enum SchedulingAction {
        LIST_APPOINTMENTS(Permission.APPOINTMENT_MANAGE, f -> get("/api/appointments")
                .param("from", "2031-01-01T00:00:00Z").param("to", "2031-02-01T00:00:00Z")),
        BOOK(Permission.APPOINTMENT_MANAGE, f -> post("/api/appointments").contentType(MediaType.APPLICATION_JSON)
                .content(f.booking())),
        GET_APPOINTMENT(Permission.APPOINTMENT_MANAGE, f -> get("/api/appointments/" + f.appointment())),
        RESCHEDULE(Permission.APPOINTMENT_MANAGE, f -> patch("/api/appointments/" + f.appointment())
                .contentType(MediaType.APPLICATION_JSON).content("{\"notes\": \"genou\"}")),
        CONFIRM(Permission.APPOINTMENT_MANAGE, f -> post("/api/appointments/" + f.appointment() + "/confirm")),
        CANCEL(Permission.APPOINTMENT_MANAGE, f -> delete("/api/appointments/" + f.appointment()).param("reason", "x")),
        BOOK_SERIES(Permission.APPOINTMENT_MANAGE, f -> post("/api/appointment-series")
                .contentType(MediaType.APPLICATION_JSON).content(f.series())),
        GET_SERIES(Permission.APPOINTMENT_MANAGE, f -> get("/api/appointment-series/" + f.bookedSeries())),
        CANCEL_SERIES(Permission.APPOINTMENT_MANAGE, f -> post("/api/appointment-series/" + f.bookedSeries() + "/cancel")
                .contentType(MediaType.APPLICATION_JSON).content("{\"scope\": \"ALL\", \"reason\": \"x\"}")),
        FREE_SLOTS(Permission.APPOINTMENT_MANAGE, f -> get("/api/free-slots").param("locationId", f.location())
                .param("duration", "30").param("from", "2031-01-06").param("to", "2031-01-10")),
        RECORD_TIME_OFF(Permission.APPOINTMENT_MANAGE, f -> post("/api/working-hours/exceptions")
                .contentType(MediaType.APPLICATION_JSON).content(f.timeOff())),
        PATIENT_APPOINTMENTS(Permission.PATIENT_READ, f -> get("/api/patients/" + f.patient() + "/appointments"));

        final Permission needs;
        final Function<SchedulingFixture, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request;

        SchedulingAction(Permission needs,
                Function<SchedulingFixture, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request) {
            this.needs = needs;
            this.request = request;
        }
    }

    /** The billing API's actions and the permission each one needs. */
    enum BillingAction {
        LIST_INVOICES(Permission.BILLING_VIEW, patient -> get("/api/invoices")),
        DRAFT_INVOICE(Permission.BILLING_MANAGE, patient -> post("/api/invoices").contentType(MediaType.APPLICATION_JSON)
                .content("{\"patientId\": \"" + patient + "\"}")),
        PATIENT_ACCOUNT(Permission.BILLING_VIEW, patient -> get("/api/patients/" + patient + "/account")),
        LIST_PRODUCTS(Permission.BILLING_VIEW, patient -> get("/api/products")),
        DEFINE_PRODUCT(Permission.SETTINGS_MANAGE, patient -> post("/api/products").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"P" + Math.abs(aName().hashCode()) + "\", \"name\": \"Séance\", \"kind\": \"SERVICE\","
                        + " \"unitPrice\": 40, \"taxRate\": 0}")),
        AGING(Permission.BILLING_VIEW, patient -> get("/api/billing/aging")),
        DUNNING_STEPS(Permission.SETTINGS_MANAGE, patient -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/billing/dunning-steps").contentType(MediaType.APPLICATION_JSON).content("{\"stepDays\": [7, 21]}")),
        BILLING_PAGE(Permission.BILLING_VIEW, patient -> get("/billing").accept(MediaType.TEXT_HTML));

        final Permission needs;
        final Function<PatientId, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request;

        BillingAction(Permission needs,
                Function<PatientId, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request) {
            this.needs = needs;
            this.request = request;
        }
    }

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;

    static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();

    Clinic clinic;
    io.kine.kernel.organization.LocationId schedulingLocation;
    PatientId schedulingPatient;

    @BeforeAll
    void oneClinicForTheWholeMatrix() {
        clinic = new TestClinics(context).aClinic();
        schedulingLocation = io.kine.kernel.organization.LocationId.random();
        commands.send(new io.kine.kernel.organization.OpenLocation(clinic.organizationId(), schedulingLocation,
                "Lyon", java.time.ZoneId.of("Europe/Paris")), clinic.organizationId());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM read_model.location"
                + " WHERE location_id = :id").param("id", schedulingLocation.value()).query(Long.class).single() == 1
                && jdbc.sql("SELECT count(*) FROM read_model.staff_member WHERE organization_id = :org")
                        .param("org", clinic.organizationId().value()).query(Long.class).single() == clinic.users().size());
        schedulingPatient = aSettledPatient(false);
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
            "PATIENT, LIST, false", "PATIENT, GET, false", "PATIENT, RESTORE, false", "OWNER, RESTORE, true",
            "AUDITOR, AUDIT_EVENTS, true", "AUDITOR, AUDIT_EXPORT, true", "PRACTITIONER, AUDIT_EVENTS, false",
            "ASSISTANT, AUDIT_RECORD, false", "MANAGER, AUDIT_ACCESS_LOG, false", "PATIENT, AUDIT_EVENTS, false"})
    void answersTheCellsWrittenOutByHand(Role role, Action action, boolean allowed) throws Exception {
        assertAnswer(role, action, allowed);
    }

    static Stream<Arguments> schedulingCells() {
        return Arrays.stream(Role.values())
                .flatMap(role -> Arrays.stream(SchedulingAction.values()).map(action -> Arguments.of(role, action)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("schedulingCells")
    void answersEachRoleOnTheSchedulingApiAsTheMatrixSays(Role role, SchedulingAction action) throws Exception {
        assertSchedulingAnswer(role, action, role.grants(action.needs));
    }

    /** Written out by hand: the front desk books, the auditor and the patient do not; the auditor sees a patient's appointments. */
    @ParameterizedTest(name = "{0} {1} allowed={2}")
    @CsvSource({
            "ASSISTANT, BOOK_SERIES, true", "PRACTITIONER, RECORD_TIME_OFF, true", "MANAGER, FREE_SLOTS, true",
            "AUDITOR, BOOK, false", "AUDITOR, FREE_SLOTS, false", "AUDITOR, PATIENT_APPOINTMENTS, true",
            "PATIENT, LIST_APPOINTMENTS, false", "PATIENT, PATIENT_APPOINTMENTS, false", "PATIENT, CANCEL_SERIES, false"})
    void answersTheSchedulingCellsWrittenOutByHand(Role role, SchedulingAction action, boolean allowed) throws Exception {
        assertSchedulingAnswer(role, action, allowed);
    }

    private void assertSchedulingAnswer(Role role, SchedulingAction action, boolean allowed) throws Exception {
        SchedulingFixture fixture = new SchedulingFixture(action);
        String before = clinicState();

        RequestBuilder request = action.request.apply(fixture).with(user(clinic.user(role))).with(csrf());
        MvcResult result = mvc.perform(request).andReturn();

        int status = result.getResponse().getStatus();
        if (allowed) {
            assertThat(status).as("%s %s: %s", role, action, result.getResponse().getContentAsString()).isBetween(200, 299);
        } else {
            assertThat(status).as("%s %s", role, action).isEqualTo(403);
            assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
            assertThat(clinicState()).as("events and read model after a refusal").isEqualTo(before);
        }
    }

    /** What one scheduling cell works on: its own free time, and its own appointment or series when it needs one. */
    final class SchedulingFixture {

        private final int number = DAYS.getAndIncrement();
        private final java.time.LocalDate day = java.time.LocalDate.of(2031, 1, 6).plusDays(number);
        private String appointment;
        private String series;

        SchedulingFixture(SchedulingAction action) throws Exception {
            if (action.name().endsWith("_APPOINTMENT") || action == SchedulingAction.RESCHEDULE
                    || action == SchedulingAction.CONFIRM || action == SchedulingAction.CANCEL) {
                appointment = created(post("/api/appointments").contentType(MediaType.APPLICATION_JSON).content(booking()));
            }
            if (action.name().endsWith("_SERIES") && action != SchedulingAction.BOOK_SERIES) {
                series = created(post("/api/appointment-series").contentType(MediaType.APPLICATION_JSON).content(series()));
            }
        }

        String booking() {
            return """
                    {"patientId": "%s", "practitionerId": "%s", "locationId": "%s",
                     "start": "%sT09:00:00Z", "end": "%sT09:30:00Z"}""".formatted(schedulingPatient,
                    clinic.user(Role.PRACTITIONER).userId(), schedulingLocation, day, day);
        }

        String series() {
            return """
                    {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "start": "%sT14:00",
                     "durationMinutes": 30, "recurrence": "FREQ=WEEKLY;COUNT=2"}""".formatted(schedulingPatient,
                    clinic.user(Role.PRACTITIONER).userId(), schedulingLocation,
                    java.time.LocalDate.of(2033, 1, 3).plusWeeks(2L * number));
        }

        String timeOff() {
            return """
                    {"practitionerId": "%s", "kind": "HOLIDAY", "first": "%s"}""".formatted(
                    clinic.user(Role.PRACTITIONER).userId(), day.plusYears(2));
        }

        String appointment() {
            return appointment;
        }

        String bookedSeries() {
            return series;
        }

        String location() {
            return schedulingLocation.toString();
        }

        String patient() {
            return schedulingPatient.toString();
        }

        private String created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
                throws Exception {
            String body = mvc.perform(request.with(user(clinic.user(Role.OWNER))).with(csrf()))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
                    .andReturn().getResponse().getContentAsString();
            return com.jayway.jsonpath.JsonPath.read(body, "$.id");
        }
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

    @ParameterizedTest
    @EnumSource(Role.class)
    void servesTheCalendarPagesOnlyToRolesThatManageAppointments(Role role) throws Exception {
        int expected = role.grants(Permission.APPOINTMENT_MANAGE) ? 200 : 403;
        mvc.perform(get("/calendar").with(user(clinic.user(role))).accept(MediaType.TEXT_HTML))
                .andExpect(status().is(expected));
        mvc.perform(get("/calendar/feed").with(user(clinic.user(role))).accept(MediaType.TEXT_HTML))
                .andExpect(status().is(expected));
    }

    /** Billing a visit needs billing.manage, reading what it would bill billing.view; past them, an unknown visit is 404. */
    @ParameterizedTest
    @EnumSource(Role.class)
    void billsVisitsOnlyForRolesThatManageBilling(Role role) throws Exception {
        String visit = "/api/visits/" + java.util.UUID.randomUUID();
        mvc.perform(post(visit + "/invoice").with(user(clinic.user(role))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is(role.grants(Permission.BILLING_MANAGE) ? 404 : 403));
        mvc.perform(get(visit + "/billing").with(user(clinic.user(role))))
                .andExpect(status().is(role.grants(Permission.BILLING_VIEW) ? 404 : 403));
        mvc.perform(post("/billing" + visit.substring(4) + "/invoice").with(user(clinic.user(role))).with(csrf()))
                .andExpect(status().is(role.grants(Permission.BILLING_MANAGE) ? 404 : 403));
    }

    static Stream<Arguments> billingCells() {
        return Arrays.stream(Role.values())
                .flatMap(role -> Arrays.stream(BillingAction.values()).map(action -> Arguments.of(role, action)));
    }

    /** Billing: the front desk and practitioners bill, managers and auditors read, only owners and admins set prices. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("billingCells")
    void answersEachRoleOnBillingAsTheMatrixSays(Role role, BillingAction action) throws Exception {
        PatientId patient = aSettledPatient(false);
        MvcResult result = mvc.perform(action.request.apply(patient).with(user(clinic.user(role))).with(csrf())).andReturn();

        if (role.grants(action.needs)) {
            assertThat(result.getResponse().getStatus()).as("%s %s", role, action).isBetween(200, 299);
        } else {
            assertThat(result.getResponse().getStatus()).as("%s %s", role, action).isEqualTo(403);
        }
        assertThat(Role.ASSISTANT.grants(Permission.BILLING_MANAGE)).isTrue();
        assertThat(Role.AUDITOR.grants(Permission.BILLING_MANAGE)).isFalse();
        assertThat(Role.PATIENT.grants(Permission.BILLING_VIEW)).isFalse();
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

    /** The clinical API's writes: each needs clinical.write; a refusal appends no event. */
    enum ClinicalWrite {
        OPEN_CASE("POST", "/api/patients/{patient}/cases", "{\"reasonForReferral\": \"Cervicalgie\"}"),
        START_VISIT("POST", "/api/cases/{case}/visits", "{}"),
        REVISE_NOTE("PATCH", "/api/visits/{visit}", "{\"note\": {\"plan\": \"Étirements {n}\"}}"),
        ADD_ADDENDUM("POST", "/api/visits/{signed}/addenda", "{\"text\": \"Ajout {n}\"}"),
        CLOSE_CASE("POST", "/api/cases/{case}/close", "{\"outcome\": \"Fin\"}"),
        DEFINE_TEMPLATE("POST", "/api/note-templates", "{\"name\": \"Modèle {n}\"}");

        final String method;
        final String path;
        final String body;

        ClinicalWrite(String method, String path, String body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }
    }

    String clinicalPatient;
    String sharedCase;
    String sharedVisit;
    String sharedSignedVisit;

    static Stream<Arguments> clinicalCells() {
        return Arrays.stream(Role.values())
                .flatMap(role -> Arrays.stream(ClinicalWrite.values()).map(write -> Arguments.of(role, write)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clinicalCells")
    void answersEachRoleOnTheClinicalWritesAsTheMatrixSays(Role role, ClinicalWrite write) throws Exception {
        var practitioner = clinic.user(Role.PRACTITIONER);
        if (clinicalPatient == null) {
            clinicalPatient = aSettledPatient(false).toString();
            sharedCase = io.kine.infra.clinical.ClinicalFixtures.aCase(mvc, practitioner, clinicalPatient);
            sharedVisit = io.kine.infra.clinical.ClinicalFixtures.aVisit(mvc, practitioner, sharedCase);
            sharedSignedVisit = io.kine.infra.clinical.ClinicalFixtures.aSignedVisit(mvc, practitioner, sharedCase);
        }
        // closing needs a case of its own: the shared one must stay open for the other cells
        String caseId = write == ClinicalWrite.CLOSE_CASE
                ? io.kine.infra.clinical.ClinicalFixtures.aCase(mvc, practitioner, clinicalPatient) : sharedCase;
        String path = write.path.replace("{patient}", clinicalPatient).replace("{case}", caseId)
                .replace("{visit}", sharedVisit).replace("{signed}", sharedSignedVisit);
        String body = write.body.replace("{n}", aName());
        String before = clinicState();
        var request = ("PATCH".equals(write.method) ? patch(path) : post(path)).contentType(MediaType.APPLICATION_JSON)
                .content(body).with(user(clinic.user(role))).with(csrf());

        MvcResult result = mvc.perform(request).andReturn();

        if (role.grants(Permission.CLINICAL_WRITE)) {
            assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(200, 201);
        } else {
            assertThat(result.getResponse().getStatus()).isEqualTo(403);
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
