package io.kine.infra.clinical;

import static org.awaitility.Awaitility.await;

import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.Role;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.CompleteAppointment;
import io.kine.kernel.scheduling.MarkAppointmentArrived;
import io.kine.kernel.scheduling.ScheduleAppointment;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Completed appointments, booked through the scheduling commands, for visits to start from. */
final class AppointmentsForVisits {

    private AppointmentsForVisits() {
    }

    static String aCompletedAppointment(ApplicationContext context, Clinic clinic, String patient) {
        SystemCommands commands = context.getBean(SystemCommands.class);
        AppointmentId appointment = AppointmentId.random();
        // a distinct hour in the past, so no two appointments of a test run share a slot
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS)
                .minus(Duration.ofHours(2 + ThreadLocalRandom.current().nextInt(1, 20_000)));
        commands.send(new ScheduleAppointment(appointment, clinic.organizationId(), PatientId.of(patient),
                clinic.user(Role.PRACTITIONER).userId(), LocationId.random(), null, null, start,
                start.plus(Duration.ofMinutes(30)), null, null, null), clinic.organizationId());
        commands.send(new MarkAppointmentArrived(appointment, clinic.organizationId()), clinic.organizationId());
        commands.send(new CompleteAppointment(appointment, clinic.organizationId()), clinic.organizationId());
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        await().until(() -> jdbc.sql("SELECT count(*) FROM read_model.appointment WHERE appointment_id = :id AND status = 'COMPLETED'")
                .param("id", appointment.value()).query(Long.class).single() == 1);
        return appointment.toString();
    }
}
