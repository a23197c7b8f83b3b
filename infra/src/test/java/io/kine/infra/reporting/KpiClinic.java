package io.kine.infra.reporting;

import static org.awaitility.Awaitility.await;

import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CloseCase;
import io.kine.kernel.clinical.OpenCase;
import io.kine.kernel.clinical.ReopenCase;
import io.kine.kernel.clinical.StartVisit;
import io.kine.kernel.clinical.VisitId;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
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
import io.kine.kernel.scheduling.CancelAppointment;
import io.kine.kernel.scheduling.CompleteAppointment;
import io.kine.kernel.scheduling.MarkAppointmentArrived;
import io.kine.kernel.scheduling.MarkAppointmentNoShow;
import io.kine.kernel.scheduling.ScheduleAppointment;
import io.kine.kernel.scheduling.SetWorkingHours;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.WorkingHoursId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object mother for KPI tests: a clinic with a Paris location whose practitioner works
 * 09:00-12:00 and 14:00-18:00 (420 minutes) on weekdays, and helpers to book appointments
 * with each outcome. Dates are in the past so no-shows are allowed.
 */
public final class KpiClinic {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Monday. */
    public static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    public final Clinic clinic;
    public final LocationId location = LocationId.random();
    public final UserId practitioner;
    private final SystemCommands commands;
    private final JdbcClient jdbc;

    public KpiClinic(ApplicationContext context) {
        clinic = new TestClinics(context).aClinic();
        commands = context.getBean(SystemCommands.class);
        jdbc = context.getBean(JdbcClient.class);
        practitioner = clinic.user(Role.PRACTITIONER).userId();
        send(new OpenLocation(clinic.organizationId(), location, "Paris 11e", PARIS));
        Map<DayOfWeek, List<LocalTimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LocalTimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                    new LocalTimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0))));
        }
        send(new SetWorkingHours(WorkingHoursId.random(), clinic.organizationId(), practitioner, location, week));
    }

    public PatientId aPatient(String lastName) {
        PatientId patient = PatientId.random();
        send(new RegisterPatient(patient, clinic.organizationId(), new PatientDetails("Amina", lastName,
                LocalDate.of(1985, 3, 14), Sex.FEMALE, null, null, PostalAddress.NONE, Insurance.NONE)));
        return patient;
    }

    /** A 30-minute appointment at {@code hour}:00 local time on {@code day}. */
    public AppointmentId book(PatientId patient, LocalDate day, int hour) {
        return book(patient, practitioner, day, hour);
    }

    public AppointmentId book(PatientId patient, UserId who, LocalDate day, int hour) {
        AppointmentId id = AppointmentId.random();
        var start = day.atTime(hour, 0).atZone(PARIS).toInstant();
        send(new ScheduleAppointment(id, clinic.organizationId(), patient, who, location, null, null, start,
                start.plus(Duration.ofMinutes(30)), null, null, null));
        return id;
    }

    public void complete(AppointmentId appointment) {
        send(new MarkAppointmentArrived(appointment, clinic.organizationId()));
        send(new CompleteAppointment(appointment, clinic.organizationId()));
    }

    public void noShow(AppointmentId appointment) {
        send(new MarkAppointmentNoShow(appointment, clinic.organizationId()));
    }

    /** Cancelled long before (a negative window: the history is entered after the fact) or late. */
    public void cancel(AppointmentId appointment, boolean late) {
        send(new CancelAppointment(appointment, clinic.organizationId(), "Empêchement",
                late ? Duration.ofDays(100_000) : Duration.ofDays(-100_000)));
    }

    /** An episode of care in the practitioner's care. */
    public CaseId openCase(PatientId patient) {
        CaseId id = CaseId.random();
        send(new OpenCase(id, clinic.organizationId(), patient, practitioner,
                new CaseDetails("Lombalgie", "M54.5", null, null, null)));
        return id;
    }

    /** A clinical visit under the case on {@code day}, for the appointment or (null) without one. */
    public VisitId visit(CaseId caseId, LocalDate day, AppointmentId appointment) {
        VisitId id = VisitId.random();
        send(new StartVisit(caseId, clinic.organizationId(), id, practitioner, day, appointment));
        return id;
    }

    public void closeCase(CaseId caseId) {
        send(new CloseCase(caseId, clinic.organizationId(), "Objectifs atteints"));
    }

    public void reopenCase(CaseId caseId) {
        send(new ReopenCase(caseId, clinic.organizationId(), "Rechute"));
    }

    /** Waits until the KPI projection applied {@code events} events of this clinic. */
    public void awaitKpiGeneration(long events) {
        await().until(() -> generation() >= events);
    }

    public long generation() {
        return jdbc.sql("SELECT coalesce(max(generation), 0) FROM read_model.kpi_generation WHERE organization_id = :id")
                .param("id", clinic.organizationId().value()).query(Long.class).single();
    }

    private void send(Object command) {
        commands.send(command, clinic.organizationId());
    }
}
