package io.kine.infra.demo;

import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.CancelAppointment;
import io.kine.kernel.scheduling.CompleteAppointment;
import io.kine.kernel.scheduling.ConfirmAppointment;
import io.kine.kernel.scheduling.MarkAppointmentArrived;
import io.kine.kernel.scheduling.MarkAppointmentNoShow;
import io.kine.kernel.scheduling.ScheduleAppointment;
import io.kine.kernel.scheduling.SetWorkingHours;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.WorkingHoursId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One practitioner's weeks: 30-minute slots of their working hours booked at the shape's fill
 * rate, with patients who come in waves (a sliding group of regulars, so some are new each
 * month and most come back). Past appointments get an outcome; the coming weeks stay booked.
 */
final class PractitionerHistory {

    /** Share of the appointments booked as an assessment, the rest as a session. */
    static final double ASSESSMENTS = 0.1;
    private static final Duration SLOT = Duration.ofMinutes(30);
    private static final int REGULARS = 40;
    /** Late cancellations are flagged by comparing now with the start: the generator cancels after the fact. */
    private static final Duration LATE = Duration.ofDays(100_000);
    private static final Duration IN_ADVANCE = LATE.negated();
    private static final List<String> REASONS = List.of("Empêchement professionnel", "Malade", "Transport",
            "Rendez-vous déplacé par le patient");

    private final SystemCommands commands;
    private final Clock clock;
    private final List<DemoHistoryExtension> extensions;
    private final OrganizationId clinic;
    private final List<Type> types;
    private final UserId practitioner;
    private final LocationId location;
    private final ZoneId zone;
    private final HistoryShape shape;
    private final Random random;
    private final LocalDate endBefore;
    private long appointments;
    private long sent;

    PractitionerHistory(SystemCommands commands, Clock clock, List<DemoHistoryExtension> extensions,
            OrganizationId clinic, List<Type> types, UserId practitioner, LocationId location, ZoneId zone, HistoryShape shape, long seed,
            LocalDate endBefore) {
        this.endBefore = endBefore;
        this.commands = commands;
        this.clock = clock;
        this.extensions = extensions;
        this.clinic = clinic;
        this.types = types;
        this.practitioner = practitioner;
        this.location = location;
        this.zone = zone;
        this.shape = shape;
        this.random = new Random(seed);
    }

    /** An appointment type, the service it is billed with (null: none) and its share of the bookings. */
    record Type(AppointmentTypeId id, DemoHistoryExtension.Service service, double share) {
    }

    long appointments() {
        return appointments;
    }

    long commands() {
        return sent;
    }

    void generate(List<PatientId> patients) {
        Map<DayOfWeek, List<LocalTimeRange>> week = week();
        send(new SetWorkingHours(WorkingHoursId.random(), clinic, practitioner, location, week));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusMonths(shape.months());
        LocalDate planned = today.plusWeeks(shape.futureWeeks());
        LocalDate last = endBefore != null && !endBefore.isAfter(planned) ? endBefore.minusDays(1) : planned;
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            long index = ChronoUnit.DAYS.between(first, day);
            for (LocalTimeRange range : week.getOrDefault(day.getDayOfWeek(), List.of())) {
                for (LocalTime time = range.start(); !time.plus(SLOT).isAfter(range.end()); time = time.plus(SLOT)) {
                    if (random.nextDouble() < shape.fillRate()) {
                        Instant start = day.atTime(time).atZone(zone).toInstant();
                        appointment(regular(patients, index, days), start, start.plus(SLOT), now);
                    }
                }
            }
        }
    }

    /** Weekdays 09:00-12:00 and 14:00-18:00; one practitioner in two also works Saturday mornings. */
    private Map<DayOfWeek, List<LocalTimeRange>> week() {
        Map<DayOfWeek, List<LocalTimeRange>> week = new EnumMap<>(DayOfWeek.class);
        List<LocalTimeRange> day = List.of(new LocalTimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new LocalTimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0)));
        for (DayOfWeek weekday : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(weekday, day);
        }
        if (random.nextBoolean()) {
            week.put(DayOfWeek.SATURDAY, List.of(new LocalTimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0))));
        }
        return week;
    }

    /** A patient of the group of regulars that slides through the practitioner's patients over the history. */
    private PatientId regular(List<PatientId> patients, long dayIndex, long days) {
        int group = Math.min(REGULARS, patients.size());
        int offset = (int) (dayIndex * (patients.size() - group) / days);
        return patients.get(offset + random.nextInt(group));
    }

    private void appointment(PatientId patient, Instant start, Instant end, Instant now) {
        AppointmentId id = AppointmentId.random();
        Type type = type();
        send(new ScheduleAppointment(id, clinic, patient, practitioner, location, null, null, start, end, type.id(),
                null, null));
        appointments++;
        if (start.isAfter(now)) {
            if (random.nextDouble() < 0.3) {
                send(new ConfirmAppointment(id, clinic));
            }
            return;
        }
        if (end.isAfter(now)) {
            return;
        }
        double outcome = random.nextDouble();
        if (outcome < HistoryShape.NO_SHOW) {
            send(new MarkAppointmentNoShow(id, clinic));
        } else if (outcome < HistoryShape.NO_SHOW + HistoryShape.LATE_CANCELLATION) {
            send(new CancelAppointment(id, clinic, reason(), LATE));
        } else if (outcome < HistoryShape.NO_SHOW + HistoryShape.LATE_CANCELLATION + HistoryShape.EARLY_CANCELLATION) {
            send(new CancelAppointment(id, clinic, reason(), IN_ADVANCE));
        } else {
            send(new MarkAppointmentArrived(id, clinic));
            send(new CompleteAppointment(id, clinic));
            var completed = new DemoHistoryExtension.CompletedAppointment(clinic, id, patient, practitioner, location,
                    zone, start, end, type.id(), type.service());
            extensions.forEach(extension -> extension.appointmentCompleted(completed, random));
        }
    }

    private Type type() {
        double draw = random.nextDouble();
        for (Type type : types) {
            draw -= type.share();
            if (draw < 0) {
                return type;
            }
        }
        return types.get(0);
    }

    private String reason() {
        return REASONS.get(random.nextInt(REASONS.size()));
    }

    private void send(Object command) {
        commands.send(command, clinic);
        sent++;
    }
}
