package io.kine.infra.scheduling;

import static org.awaitility.Awaitility.await;

import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.organization.AddResource;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Object mother for scheduling tests: a clinic with a Paris location, two rooms and a patient, all projected. */
final class Calendar {

    final Clinic clinic;
    final LocationId location = LocationId.random();
    final ResourceId room = ResourceId.random();
    final ResourceId otherRoom = ResourceId.random();
    final ResourceId equipment = ResourceId.random();
    private final SystemCommands commands;
    private final JdbcClient jdbc;

    Calendar(ApplicationContext context) {
        clinic = new TestClinics(context).aClinic();
        commands = context.getBean(SystemCommands.class);
        jdbc = context.getBean(JdbcClient.class);
        commands.send(new OpenLocation(clinic.organizationId(), location, "Paris 11e", ZoneId.of("Europe/Paris")),
                clinic.organizationId());
        commands.send(new AddResource(clinic.organizationId(), location, room, ResourceKind.ROOM, "Salle 1"),
                clinic.organizationId());
        commands.send(new AddResource(clinic.organizationId(), location, otherRoom, ResourceKind.ROOM, "Salle 2"),
                clinic.organizationId());
        commands.send(new AddResource(clinic.organizationId(), location, equipment, ResourceKind.EQUIPMENT, "Ondes"),
                clinic.organizationId());
        await().until(() -> count("SELECT count(*) FROM read_model.resource WHERE location_id = :id", location.value()) == 3);
        await().until(() -> count("SELECT count(*) FROM read_model.staff_member WHERE organization_id = :id",
                clinic.organizationId().value()) == clinic.users().size());
    }

    PatientId aPatient(String lastName) {
        PatientId patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic.organizationId(), new PatientDetails("Amina", lastName,
                LocalDate.of(1985, 3, 14), Sex.FEMALE, null, null, PostalAddress.NONE, Insurance.NONE)),
                clinic.organizationId());
        await().until(() -> count("SELECT count(*) FROM read_model.patient WHERE patient_id = :id", patient.value()) == 1);
        return patient;
    }

    long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
