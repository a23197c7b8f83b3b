package io.kine.infra.demo;

import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.CancelAppointment;
import io.kine.kernel.scheduling.CompleteAppointment;
import io.kine.kernel.scheduling.ConfirmAppointment;
import io.kine.kernel.scheduling.DefineAppointmentType;
import io.kine.kernel.scheduling.MarkAppointmentArrived;
import io.kine.kernel.scheduling.MarkAppointmentNoShow;
import io.kine.kernel.scheduling.ScheduleAppointment;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's calendar: four appointment types and two weeks of a practitioner's
 * appointments from this week's Monday, sent as commands like everything else. Past ones are
 * completed (one in seven missed), some upcoming ones confirmed, one a week cancelled; free
 * slots are left between them so there is room to book.
 */
@Component
class DemoSchedule {

    private static final List<LocalTime> SLOTS = List.of(LocalTime.of(9, 0), LocalTime.of(9, 45), LocalTime.of(10, 30),
            LocalTime.of(11, 15), LocalTime.of(14, 0), LocalTime.of(14, 45), LocalTime.of(15, 30), LocalTime.of(16, 15),
            LocalTime.of(17, 0));
    private static final Duration LATE_CANCELLATION_WINDOW = Duration.ofHours(24);

    private record Type(String name, int minutes, String colour) {
    }

    private static final List<Type> TYPES = List.of(new Type("Séance", 30, "#15803d"),
            new Type("Bilan initial", 45, "#1d4ed8"), new Type("Rééducation post-opératoire", 45, "#b45309"),
            new Type("Drainage lymphatique", 30, "#7e22ce"));

    private final SystemCommands commands;
    private final Clock clock;

    DemoSchedule(SystemCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** The first day this schedule books: this week's Monday in the location's zone. */
    LocalDate firstDay(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Returns how many appointments were booked. */
    int load(OrganizationId clinic, LocationId location, ZoneId zone, UserId practitioner, List<ResourceId> rooms,
            List<PatientId> patients) {
        List<AppointmentTypeId> types = TYPES.stream().map(type -> {
            AppointmentTypeId id = AppointmentTypeId.random();
            commands.send(new DefineAppointmentType(id, clinic, type.name(), type.minutes(), type.colour()), clinic);
            return id;
        }).toList();
        LocalDate monday = firstDay(zone);
        int booked = 0;
        for (int day = 0; day < 12; day++) {
            LocalDate date = monday.plusDays(day);
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int slot = 0; slot < SLOTS.size(); slot++) {
                if ((day + slot) % 4 == 3) {
                    continue;
                }
                int kind = booked % TYPES.size();
                Instant start = date.atTime(SLOTS.get(slot)).atZone(zone).toInstant();
                AppointmentId appointment = AppointmentId.random();
                commands.send(new ScheduleAppointment(appointment, clinic, patients.get(booked % patients.size()),
                        practitioner, location, rooms.get(slot % rooms.size()), null, start,
                        start.plus(Duration.ofMinutes(TYPES.get(kind).minutes())), types.get(kind), null, null), clinic);
                follow(clinic, appointment, start, booked);
                booked++;
            }
        }
        return booked;
    }

    /** What became of it: done or missed in the past, confirmed or cancelled for some upcoming ones. */
    private void follow(OrganizationId clinic, AppointmentId appointment, Instant start, int index) {
        if (start.isBefore(clock.instant())) {
            if (index % 7 == 6) {
                commands.send(new MarkAppointmentNoShow(appointment, clinic), clinic);
            } else {
                commands.send(new MarkAppointmentArrived(appointment, clinic), clinic);
                commands.send(new CompleteAppointment(appointment, clinic), clinic);
            }
        } else if (index % 31 == 5) {
            commands.send(new CancelAppointment(appointment, clinic, "Empêchement du patient", LATE_CANCELLATION_WINDOW),
                    clinic);
        } else if (index % 3 == 0) {
            commands.send(new ConfirmAppointment(appointment, clinic), clinic);
        }
    }
}
