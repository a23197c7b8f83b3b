package io.kine.infra.scheduling;

import io.kine.command.scheduling.RecurrenceRules;
import io.kine.command.scheduling.Recurrences;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentSeriesView;
import io.kine.kernel.scheduling.AppointmentStatus;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.BookAppointmentSeries;
import io.kine.kernel.scheduling.CancelAppointment;
import io.kine.kernel.scheduling.CancelAppointmentSeries;
import io.kine.kernel.scheduling.ChangeAppointmentNotes;
import io.kine.kernel.scheduling.ChangeAppointmentSeries;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.ReassignAppointment;
import io.kine.kernel.scheduling.RecurrenceRule;
import io.kine.kernel.scheduling.RescheduleAppointment;
import io.kine.kernel.scheduling.ScheduleAppointment;
import io.kine.kernel.scheduling.SeriesBookingMode;
import io.kine.kernel.scheduling.SeriesId;
import io.kine.kernel.scheduling.SeriesOccurrence;
import io.kine.kernel.scheduling.SeriesScope;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking, changing and cancelling series. Each is one database transaction: the series'
 * command says which occurrences it touches, then each occurrence's own command follows, all
 * joining the same transaction, so a refusal anywhere (a slot taken by a racing booking, a
 * completed occurrence) undoes everything and records nothing.
 */
@Component
class SeriesBookings {

    /** A booking request checked against the clinic: who, where, when and how. */
    record Booking(PatientId patient, UserId practitioner, LocationId location, ResourceId room, ResourceId equipment,
            AppointmentTypeId type, ZoneId zone, RecurrenceRule rule, LocalDateTime firstStart, Duration length,
            SeriesBookingMode mode, String notes, String overrideReason) {
    }

    /** What a change sets on every occurrence it touches. */
    record Change(SeriesScope scope, AppointmentId from, LocalTime startTime, Duration length, UserId practitioner,
            ResourceId room, ResourceId equipment, String notes, String overrideReason) {
    }

    private final CommandGateway commands;
    private final SchedulingReads reads;
    private final WorkingHoursCheck hours;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration lateCancellationWindow;

    SeriesBookings(CommandGateway commands, SchedulingReads reads, WorkingHoursCheck hours, TransactionTemplate transaction,
            Clock clock, @Value("${kine.scheduling.late-cancellation-window:PT24H}") Duration lateCancellationWindow) {
        this.commands = commands;
        this.reads = reads;
        this.hours = hours;
        this.transaction = transaction;
        this.clock = clock;
        this.lateCancellationWindow = lateCancellationWindow;
    }

    AppointmentSeriesView book(KineUser user, Booking booking) {
        OrganizationId organization = user.organizationId();
        List<Interval> occurrences = Recurrences.expand(booking.rule(), booking.firstStart(), booking.length(), booking.zone());
        Set<java.time.Instant> outside = hours.outside(user, booking.practitioner(), booking.location(), booking.zone(),
                occurrences);
        String override = outside.isEmpty() ? null : hours.permittedOverride(user, booking.overrideReason());
        SeriesId series = SeriesId.random();
        List<SeriesOccurrence> booked = transaction.execute(status -> {
            List<SeriesOccurrence> toBook = commands.sendAndWait(new BookAppointmentSeries(series, organization,
                    booking.patient(), booking.practitioner(), booking.location(), booking.room(), booking.equipment(),
                    booking.type(), booking.notes(), booking.rule(), booking.firstStart(), booking.length(),
                    booking.zone(), booking.mode(), override));
            toBook.forEach(occurrence -> commands.sendAndWait(new ScheduleAppointment(occurrence.appointmentId(),
                    organization, booking.patient(), booking.practitioner(), booking.location(), booking.room(),
                    booking.equipment(), occurrence.start(), occurrence.end(), booking.type(), booking.notes(),
                    outside.contains(occurrence.start()) ? override : null, series)));
            return toBook;
        });
        return reads.awaitSeries(organization, series, Objects.requireNonNull(booked).size(), 0);
    }

    AppointmentSeriesView cancel(KineUser user, SeriesId series, SeriesScope scope, AppointmentId from, String reason) {
        OrganizationId organization = user.organizationId();
        AppointmentSeriesView current = reads.existingSeries(organization, series);
        Map<AppointmentId, Long> versions = new HashMap<>();
        transaction.executeWithoutResult(status -> {
            List<AppointmentId> cancelled = commands.sendAndWait(new CancelAppointmentSeries(series, organization,
                    scope, from, upcoming(current), reason));
            cancelled.forEach(appointment -> versions.put(appointment, commands.<Long>sendAndWait(
                    new CancelAppointment(appointment, organization, reason, lateCancellationWindow))));
        });
        return awaitAll(organization, current, versions);
    }

    AppointmentSeriesView change(KineUser user, SeriesId series, Change change) {
        OrganizationId organization = user.organizationId();
        AppointmentSeriesView current = reads.existingSeries(organization, series);
        ZoneId zone = ZoneId.of(current.timeZone());
        reads.timeZoneOfParties(organization, current.patientId(), change.practitioner(), current.locationId(),
                change.room(), change.equipment(), null);
        Map<AppointmentId, AppointmentView> byId = new HashMap<>();
        current.occurrences().forEach(occurrence -> byId.put(occurrence.appointmentId(), occurrence));
        Map<AppointmentId, Long> versions = new HashMap<>();
        transaction.executeWithoutResult(status -> {
            List<AppointmentId> changed = commands.sendAndWait(new ChangeAppointmentSeries(series, organization,
                    change.scope(), change.from(), upcoming(current), change.startTime(), change.length(),
                    change.practitioner(), change.room(), change.equipment(), change.notes()));
            List<Interval> moved = changed.stream().map(id -> movedTo(byId.get(id), change, zone)).toList();
            Set<java.time.Instant> outside = hours.outside(user, change.practitioner(), current.locationId(), zone, moved);
            String override = outside.isEmpty() ? null : hours.permittedOverride(user, change.overrideReason());
            for (int i = 0; i < changed.size(); i++) {
                versions.put(changed.get(i), changeOne(organization, byId.get(changed.get(i)), moved.get(i), change,
                        outside.contains(moved.get(i).start()) ? override : null));
            }
        });
        return awaitAll(organization, current, versions);
    }

    private long changeOne(OrganizationId organization, AppointmentView occurrence, Interval time, Change change,
            String override) {
        AppointmentId id = occurrence.appointmentId();
        long version = occurrence.version();
        if (!change.practitioner().equals(occurrence.practitionerId()) || !Objects.equals(change.room(), occurrence.roomId())
                || !Objects.equals(change.equipment(), occurrence.equipmentId())) {
            version = commands.<Long>sendAndWait(new ReassignAppointment(id, organization, change.practitioner(),
                    change.room(), change.equipment(), override));
        }
        if (!time.start().equals(occurrence.start()) || !time.end().equals(occurrence.end())) {
            version = commands.<Long>sendAndWait(new RescheduleAppointment(id, organization, time.start(), time.end(),
                    override));
        }
        if (!Objects.equals(change.notes(), occurrence.notes())) {
            version = commands.<Long>sendAndWait(new ChangeAppointmentNotes(id, organization, change.notes()));
        }
        return version;
    }

    /** The occurrence's own day (in the location's zone) at the new time of day, for the new length. */
    private static Interval movedTo(AppointmentView occurrence, Change change, ZoneId zone) {
        var start = occurrence.start().atZone(zone).toLocalDate().atTime(change.startTime()).atZone(zone).toInstant();
        return Interval.of(start, change.length());
    }

    /** Occurrences still to come: booked or confirmed, not yet started. */
    private List<AppointmentId> upcoming(AppointmentSeriesView series) {
        var now = clock.instant();
        return series.occurrences().stream()
                .filter(o -> (o.status() == AppointmentStatus.BOOKED || o.status() == AppointmentStatus.CONFIRMED)
                        && o.start().isAfter(now))
                .map(AppointmentView::appointmentId).toList();
    }

    /**
     * The series once the read model shows every occurrence touched and, when some were (so the
     * series recorded an event), the series' own row moved past what it was.
     */
    private AppointmentSeriesView awaitAll(OrganizationId organization, AppointmentSeriesView before,
            Map<AppointmentId, Long> versions) {
        versions.forEach((appointment, version) -> reads.awaitAppointment(organization, appointment, version));
        return reads.awaitSeries(organization, before.seriesId(), 0,
                versions.isEmpty() ? before.version() : before.version() + 1);
    }

    static RecurrenceRule rule(String text, ZoneId zone) {
        return RecurrenceRules.parse(text, zone);
    }
}
