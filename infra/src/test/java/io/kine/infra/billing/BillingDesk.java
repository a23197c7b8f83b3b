package io.kine.infra.billing;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.identity.CreateUserAccount;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.ChooseAppointmentTypeService;
import io.kine.kernel.scheduling.CompleteAppointment;
import io.kine.kernel.scheduling.DefineAppointmentType;
import io.kine.kernel.scheduling.MarkAppointmentArrived;
import io.kine.kernel.scheduling.ScheduleAppointment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Object mother for billing tests: a clinic of its own with a location, patients (with an
 * e-mail), catalog items, and completed appointments whose type bills a service.
 */
final class BillingDesk {

    final Clinic clinic;
    final KineUser assistant;
    final KineUser owner;
    final LocationId location = LocationId.random();
    private final SystemCommands commands;
    private final JdbcClient jdbc;
    private final MockMvc mvc;
    private final ObjectMapper json;

    BillingDesk(ApplicationContext context) {
        clinic = new TestClinics(context).aClinic();
        assistant = clinic.user(Role.ASSISTANT);
        owner = clinic.user(Role.OWNER);
        commands = context.getBean(SystemCommands.class);
        jdbc = context.getBean(JdbcClient.class);
        mvc = context.getBean(MockMvc.class);
        json = context.getBean(ObjectMapper.class);
        commands.send(new OpenLocation(clinic.organizationId(), location, "Paris 11e", ZoneId.of("Europe/Paris")),
                clinic.organizationId());
        await().until(() -> count("SELECT count(*) FROM read_model.staff_member WHERE organization_id = :id",
                clinic.organizationId().value()) == clinic.users().size());
    }

    PatientId aPatient(String lastName) {
        PatientId patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic.organizationId(), new PatientDetails("Amina", lastName,
                LocalDate.of(1985, 3, 14), Sex.FEMALE, null, lastName.toLowerCase() + "@example.org", PostalAddress.NONE,
                Insurance.NONE)), clinic.organizationId());
        await().until(() -> count("SELECT count(*) FROM read_model.patient WHERE patient_id = :id", patient.value()) == 1);
        return patient;
    }

    ProductId aService(String code, String price, String taxRate) throws Exception {
        JsonNode created = send(owner, "/api/products", """
                {"code": "%s", "name": "Séance %s", "kind": "SERVICE", "unitPrice": %s, "taxRate": %s}
                """.formatted(code, code, price, taxRate));
        return ProductId.of(created.get("id").asString());
    }

    /** A completed appointment yesterday, of a type billed with {@code service}. */
    AppointmentId aCompletedAppointment(PatientId patient, ProductId service) {
        return aCompletedAppointment(patient, service, clinic.user(Role.PRACTITIONER).userId(), location, 24);
    }

    /** Another location of the clinic. */
    LocationId aLocation(String name) {
        LocationId other = LocationId.random();
        commands.send(new OpenLocation(clinic.organizationId(), other, name, ZoneId.of("Europe/Paris")),
                clinic.organizationId());
        return other;
    }

    /** Another practitioner of the clinic, with no login: enough to book and be billed for. */
    UserId aPractitioner(String name) {
        UserId practitioner = UserId.random();
        commands.send(new CreateUserAccount(practitioner, clinic.organizationId(),
                "practitioner-" + practitioner + "@test.kine.local", name, Set.of(Role.PRACTITIONER)),
                clinic.organizationId());
        await().until(() -> count("SELECT count(*) FROM read_model.staff_member WHERE user_id = :id",
                practitioner.value()) == 1);
        return practitioner;
    }

    /** A completed appointment of {@code practitioner} at {@code where}, {@code hoursAgo} hours ago. */
    AppointmentId aCompletedAppointment(PatientId patient, ProductId service, UserId practitioner, LocationId where,
            int hoursAgo) {
        AppointmentTypeId type = AppointmentTypeId.random();
        commands.send(new DefineAppointmentType(type, clinic.organizationId(), "Séance", 30, "#336699"),
                clinic.organizationId());
        commands.send(new ChooseAppointmentTypeService(type, clinic.organizationId(), service), clinic.organizationId());
        AppointmentId appointment = AppointmentId.random();
        Instant start = Instant.now().minus(hoursAgo, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        commands.send(new ScheduleAppointment(appointment, clinic.organizationId(), patient,
                practitioner, where, null, null, start, start.plus(30, ChronoUnit.MINUTES),
                type, null, null), clinic.organizationId());
        commands.send(new MarkAppointmentArrived(appointment, clinic.organizationId()), clinic.organizationId());
        commands.send(new CompleteAppointment(appointment, clinic.organizationId()), clinic.organizationId());
        await().until(() -> count("""
                SELECT count(*) FROM read_model.appointment a JOIN read_model.appointment_type_service s
                    ON s.appointment_type_id = a.appointment_type_id
                WHERE a.appointment_id = :id AND a.status = 'COMPLETED'
                """, appointment.value()) == 1);
        return appointment;
    }

    JsonNode send(KineUser as, String path, String body) throws Exception {
        String answer = mvc.perform(post(path).with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    String jdbcString(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(String.class).single();
    }

    long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
