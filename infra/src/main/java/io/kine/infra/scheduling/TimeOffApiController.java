package io.kine.infra.scheduling;

import io.kine.command.scheduling.TimeOffNotFound;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentStatus;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.ExceptionKind;
import io.kine.kernel.scheduling.FindAppointments;
import io.kine.kernel.scheduling.FindWorkingHoursExceptions;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.RecordWorkingHoursException;
import io.kine.kernel.scheduling.WithdrawWorkingHoursException;
import io.kine.kernel.scheduling.WorkingHoursException;
import io.kine.kernel.scheduling.WorkingHoursExceptionId;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/working-hours/exceptions}: time off, holidays and changed hours of practitioners,
 * at one location or all. Recording one answers with the live appointments it leaves outside
 * the practitioner's working time, so the front desk can move them.
 */
@RestController
@RequestMapping("/api/working-hours/exceptions")
@PreAuthorize("hasAnyAuthority('appointment.manage', 'staff.manage')")
class TimeOffApiController {

    record ExceptionJson(UUID id, UUID practitionerId, UUID locationId, ExceptionKind kind, LocalDate first,
            LocalDate last, List<LocalTimeRange> hours, String reason) {

        static ExceptionJson of(WorkingHoursException e) {
            return new ExceptionJson(e.exceptionId().value(), e.practitionerId().value(),
                    e.locationId() == null ? null : e.locationId().value(), e.kind(), e.days().first(), e.days().last(),
                    e.hours(), e.reason());
        }
    }

    record Recorded(ExceptionJson exception, List<AppointmentJson.AppointmentResponse> affectedAppointments) {
    }

    private final SchedulingReads reads;
    private final WorkingHoursCheck hours;
    private final CommandGateway commands;
    private final Clock clock;

    TimeOffApiController(SchedulingReads reads, WorkingHoursCheck hours, CommandGateway commands, Clock clock) {
        this.reads = reads;
        this.hours = hours;
        this.commands = commands;
        this.clock = clock;
    }

    /** Exceptions touching {@code from} to {@code to} (default: the coming year). */
    @GetMapping
    Map<String, List<ExceptionJson>> list(@RequestParam(required = false) UUID practitionerId,
            @RequestParam(required = false) UUID locationId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @AuthenticationPrincipal KineUser user) {
        LocalDate first = from == null ? LocalDate.now(clock) : from;
        LocalDate last = to == null ? first.plusYears(1) : to;
        if (last.isBefore(first)) {
            throw new InvalidRequest("to", "timeOff.lastDayBeforeFirst");
        }
        return Map.of("data", reads.exceptions(new FindWorkingHoursExceptions(user.organizationId(),
                practitionerId == null ? null : new UserId(practitionerId),
                locationId == null ? null : new LocationId(locationId), first, last))
                .stream().map(ExceptionJson::of).toList());
    }

    @PostMapping
    ResponseEntity<Recorded> record(@RequestBody ExceptionJson request, @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        if (request.practitionerId() == null || request.first() == null) {
            throw new InvalidRequest(request.practitionerId() == null ? "practitionerId" : "first", "timeOff.required");
        }
        UserId practitioner = new UserId(request.practitionerId());
        LocationId location = request.locationId() == null ? null : new LocationId(request.locationId());
        List<String> unknown = reads.parties(organization, null, practitioner, location, null, null).unknownFields()
                .stream().filter(field -> !"patientId".equals(field) && !(location == null && "locationId".equals(field)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new UnknownBookingParty(unknown);
        }
        WorkingHoursExceptionId id = WorkingHoursExceptionId.random();
        DateRange days = new DateRange(request.first(), request.last() == null ? request.first() : request.last());
        commands.sendAndWait(new RecordWorkingHoursException(id, organization, practitioner, location, request.kind(),
                days, request.hours(), request.reason()));
        WorkingHoursException recorded = reads.awaitException(organization, id, 0).orElseThrow(() -> new TimeOffNotFound(id));
        return ResponseEntity.created(URI.create("/api/working-hours/exceptions/" + id.value()))
                .body(new Recorded(ExceptionJson.of(recorded), affected(user, recorded)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        WorkingHoursExceptionId exception = new WorkingHoursExceptionId(id);
        reads.exception(user.organizationId(), exception).orElseThrow(() -> new TimeOffNotFound(exception));
        long version = commands.<Long>sendAndWait(new WithdrawWorkingHoursException(exception, user.organizationId()));
        reads.awaitException(user.organizationId(), exception, version);
        return ResponseEntity.noContent().build();
    }

    /** The practitioner's appointments still to come on those days that now fall outside their working time. */
    private List<AppointmentJson.AppointmentResponse> affected(KineUser user, WorkingHoursException exception) {
        var from = exception.days().first().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var to = exception.days().last().plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        return reads.find(new FindAppointments(user.organizationId(), from, to, exception.practitionerId(),
                        exception.locationId(), null)).stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.CONFIRMED)
                .filter(a -> a.start().isAfter(clock.instant()))
                .filter(a -> !outside(user, a).isEmpty())
                .map(AppointmentJson.AppointmentResponse::of).toList();
    }

    private Set<java.time.Instant> outside(KineUser user, AppointmentView appointment) {
        return hours.outside(user, appointment.practitionerId(), appointment.locationId(), ZoneId.of(appointment.timeZone()),
                List.of(new Interval(appointment.start(), appointment.end())));
    }
}
