package io.kine.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.Role;
import io.kine.kernel.organization.AddResource;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo calendar is booked through the commands, without a single conflict, in several statuses. */
@KineIntegrationTest
class DemoScheduleTest {

    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired DemoSchedule schedule;
    @Autowired JdbcClient jdbc;

    @Test
    void booksTwoWeeksOfAppointmentsWithTypesAndStatuses() {
        Clinic clinic = new TestClinics(context).aClinic();
        LocationId location = LocationId.random();
        List<ResourceId> rooms = List.of(ResourceId.random(), ResourceId.random());
        commands.send(new OpenLocation(clinic.organizationId(), location, "Paris 11e", ZoneId.of("Europe/Paris")),
                clinic.organizationId());
        rooms.forEach(room -> commands.send(new AddResource(clinic.organizationId(), location, room, ResourceKind.ROOM,
                "Salle " + room), clinic.organizationId()));
        List<PatientId> patients = IntStream.range(0, 40).mapToObj(i -> {
            PatientId patient = PatientId.random();
            commands.send(new RegisterPatient(patient, clinic.organizationId(), new PatientDetails("Demo", "Patient " + i,
                    LocalDate.of(1980, 1, 1), Sex.MALE, null, null, null, null)), clinic.organizationId());
            return patient;
        }).toList();

        int booked = schedule.load(clinic.organizationId(), location, ZoneId.of("Europe/Paris"),
                clinic.user(Role.PRACTITIONER).userId(), rooms, patients);

        assertThat(booked).isGreaterThan(50);
        await().until(() -> jdbc.sql("SELECT count(*) FROM read_model.appointment WHERE organization_id = :org")
                .param("org", clinic.organizationId().value()).query(Long.class).single() == booked);
        assertThat(jdbc.sql("SELECT count(DISTINCT appointment_type_id) FROM read_model.appointment WHERE organization_id = :org")
                .param("org", clinic.organizationId().value()).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(DISTINCT status) FROM read_model.appointment WHERE organization_id = :org")
                .param("org", clinic.organizationId().value()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
