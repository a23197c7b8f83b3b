package io.kine.infra.scheduling;

import io.kine.infra.security.KineUser;
import io.kine.infra.web.ApiProblemFactory;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.CancelAppointment;
import io.kine.kernel.scheduling.ChangeAppointmentNotes;
import io.kine.kernel.scheduling.CompleteAppointment;
import io.kine.kernel.scheduling.ConfirmAppointment;
import io.kine.kernel.scheduling.FindAppointments;
import io.kine.kernel.scheduling.MarkAppointmentArrived;
import io.kine.kernel.scheduling.MarkAppointmentNoShow;
import io.kine.kernel.scheduling.ReassignAppointment;
import io.kine.kernel.scheduling.RescheduleAppointment;
import io.kine.kernel.scheduling.ScheduleAppointment;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/appointments}: the calendar and its changes. Before a booking is sent, the
 * patient, practitioner, location, room, equipment and type are checked to be the caller's
 * clinic's, and the time against the practitioner's working hours; the slots themselves are
 * checked by the aggregate and PostgreSQL, and a taken slot is answered with the appointment
 * holding it.
 */
@RestController
@RequestMapping("/api/appointments")
@PreAuthorize("hasAuthority('appointment.manage')")
class AppointmentApiController {

    private static final Duration LONGEST_RANGE = Duration.ofDays(62);

    private final SchedulingReads reads;
    private final WorkingHoursCheck hours;
    private final CommandGateway commands;
    private final ApiProblemFactory problems;
    private final Duration lateCancellationWindow;

    AppointmentApiController(SchedulingReads reads, WorkingHoursCheck hours, CommandGateway commands,
            ApiProblemFactory problems,
            @Value("${kine.scheduling.late-cancellation-window:PT24H}") Duration lateCancellationWindow) {
        this.reads = reads;
        this.hours = hours;
        this.commands = commands;
        this.problems = problems;
        this.lateCancellationWindow = lateCancellationWindow;
    }

    @GetMapping
    Map<String, List<AppointmentJson.AppointmentResponse>> list(@RequestParam Instant from, @RequestParam Instant to,
            @RequestParam(required = false) UUID practitionerId, @RequestParam(required = false) UUID locationId,
            @RequestParam(required = false) UUID roomId, @AuthenticationPrincipal KineUser user) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw new InvalidRequest("to", "appointment.invalidRange");
        }
        List<AppointmentView> found = reads.find(new FindAppointments(user.organizationId(), from, to,
                practitionerId == null ? null : new UserId(practitionerId),
                locationId == null ? null : new LocationId(locationId), roomId == null ? null : new ResourceId(roomId)));
        return Map.of("data", found.stream().map(AppointmentJson.AppointmentResponse::of).toList());
    }

    @PostMapping
    ResponseEntity<AppointmentJson.AppointmentResponse> book(@RequestBody AppointmentJson.BookingRequest request,
            @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        if (request.start() == null || request.end() == null) {
            throw new InvalidRequest(request.start() == null ? "start" : "end", "appointment.required");
        }
        UserId practitioner = request.practitionerId() == null ? null : new UserId(request.practitionerId());
        LocationId location = request.locationId() == null ? null : new LocationId(request.locationId());
        String timeZone = checkParties(user, request.patientId(), practitioner, location, request.roomId(),
                request.equipmentId(), request.appointmentTypeId());
        String override = hours.overrideReasonFor(user, practitioner, location, timeZone, request.start(),
                request.end(), request.overrideReason());
        AppointmentId appointment = AppointmentId.random();
        commands.sendAndWait(new ScheduleAppointment(appointment, organization, new PatientId(request.patientId()),
                practitioner, location, resource(request.roomId()), resource(request.equipmentId()), request.start(),
                request.end(), request.appointmentTypeId() == null ? null : new AppointmentTypeId(request.appointmentTypeId()),
                request.notes(), override));
        AppointmentView view = reads.awaitAppointment(organization, appointment, 0);
        return ResponseEntity.created(URI.create("/api/appointments/" + appointment.value()))
                .body(AppointmentJson.AppointmentResponse.of(view));
    }

    @GetMapping("/{id}")
    AppointmentJson.AppointmentResponse get(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return AppointmentJson.AppointmentResponse.of(reads.existing(user.organizationId(), new AppointmentId(id)));
    }

    /**
     * Changes what the body names: {@code start}/{@code end} reschedule, {@code practitionerId},
     * {@code roomId}, {@code equipmentId} reassign ({@code null} frees the room or equipment),
     * {@code notes} replaces the notes; {@code overrideReason} goes with a move outside the hours.
     */
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    AppointmentJson.AppointmentResponse change(@PathVariable UUID id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        AppointmentId appointment = new AppointmentId(id);
        AppointmentView current = reads.existing(organization, appointment);
        requireVersion(ifMatch, current);
        if (!patch.isObject()) {
            throw new InvalidRequest("body", "validation.jsonObject");
        }
        Instant start = instant(patch, "start", current.start());
        Instant end = instant(patch, "end", current.end());
        UserId practitioner = patch.has("practitionerId") ? uuid(patch, "practitionerId", UserId::new) : current.practitionerId();
        ResourceId room = patch.has("roomId") ? uuid(patch, "roomId", ResourceId::new) : current.roomId();
        ResourceId equipment = patch.has("equipmentId") ? uuid(patch, "equipmentId", ResourceId::new) : current.equipmentId();
        if (practitioner == null) {
            throw new InvalidRequest("practitionerId", "appointment.required");
        }
        String reason = patch.path("overrideReason").isString() ? patch.get("overrideReason").asString() : null;
        long version = current.version();
        boolean moves = !start.equals(current.start()) || !end.equals(current.end());
        boolean reassigns = !practitioner.equals(current.practitionerId()) || !java.util.Objects.equals(room, current.roomId())
                || !java.util.Objects.equals(equipment, current.equipmentId());
        if (moves || reassigns) {
            String timeZone = checkParties(user, current.patientId().value(), practitioner, current.locationId(),
                    room == null ? null : room.value(), equipment == null ? null : equipment.value(), null);
            String override = hours.overrideReasonFor(user, practitioner, current.locationId(), timeZone, start, end, reason);
            if (reassigns) {
                version = commands.<Long>sendAndWait(new ReassignAppointment(appointment, organization, practitioner,
                        room, equipment, override));
            }
            if (moves) {
                version = commands.<Long>sendAndWait(new RescheduleAppointment(appointment, organization, start, end,
                        override));
            }
        }
        if (patch.has("notes")) {
            version = commands.<Long>sendAndWait(new ChangeAppointmentNotes(appointment, organization,
                    patch.get("notes").isNull() ? null : patch.get("notes").asString()));
        }
        return AppointmentJson.AppointmentResponse.of(reads.awaitAppointment(organization, appointment, version));
    }

    /** Cancels with a reason, from the body or the {@code reason} parameter; late when inside the configured window. */
    @DeleteMapping("/{id}")
    AppointmentJson.AppointmentResponse cancel(@PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestBody(required = false) AppointmentJson.CancelRequest body, @AuthenticationPrincipal KineUser user) {
        String why = body != null && body.reason() != null ? body.reason() : reason;
        return step(id, user, (appointment, organization) -> new CancelAppointment(appointment, organization, why,
                lateCancellationWindow));
    }

    @PostMapping("/{id}/confirm")
    AppointmentJson.AppointmentResponse confirm(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return step(id, user, ConfirmAppointment::new);
    }

    @PostMapping("/{id}/arrive")
    AppointmentJson.AppointmentResponse arrive(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return step(id, user, MarkAppointmentArrived::new);
    }

    @PostMapping("/{id}/complete")
    AppointmentJson.AppointmentResponse complete(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return step(id, user, CompleteAppointment::new);
    }

    @PostMapping("/{id}/no-show")
    AppointmentJson.AppointmentResponse noShow(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return step(id, user, MarkAppointmentNoShow::new);
    }

    private AppointmentJson.AppointmentResponse step(UUID id, KineUser user,
            java.util.function.BiFunction<AppointmentId, OrganizationId, Object> command) {
        OrganizationId organization = user.organizationId();
        AppointmentId appointment = new AppointmentId(id);
        reads.existing(organization, appointment);
        long version = commands.<Long>sendAndWait(command.apply(appointment, organization));
        return AppointmentJson.AppointmentResponse.of(reads.awaitAppointment(organization, appointment, version));
    }

    private String checkParties(KineUser user, UUID patient, UserId practitioner, LocationId location, UUID room,
            UUID equipment, UUID type) {
        return reads.timeZoneOfParties(user.organizationId(), patient == null ? null : new PatientId(patient),
                practitioner, location, resource(room), resource(equipment), type == null ? null : new AppointmentTypeId(type));
    }

    /**
     * {@code If-Match: "<version>"} (the {@code version} of a GET or of the calendar entry) makes
     * the change fail with 409 {@code concurrent-modification} when the appointment changed since,
     * so a calendar showing an old state cannot move what someone else just moved.
     */
    private static void requireVersion(String ifMatch, AppointmentView current) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return;
        }
        long expected;
        try {
            expected = Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException malformed) {
            throw new InvalidRequest("If-Match", "validation.ifMatch");
        }
        if (expected != current.version()) {
            throw new org.axonframework.modelling.command.ConflictingModificationException(
                    "Appointment " + current.appointmentId() + " is at version " + current.version());
        }
    }

    private static ResourceId resource(UUID id) {
        return id == null ? null : new ResourceId(id);
    }

    private static Instant instant(JsonNode patch, String field, Instant current) {
        if (!patch.has(field)) {
            return current;
        }
        try {
            return Instant.parse(patch.get(field).asString());
        } catch (RuntimeException malformed) {
            throw new InvalidRequest(field, "appointment.invalidInstant");
        }
    }

    private static <T> T uuid(JsonNode patch, String field, Function<UUID, T> type) {
        JsonNode value = patch.get(field);
        if (value.isNull()) {
            return null;
        }
        try {
            return type.apply(UUID.fromString(value.asString()));
        } catch (IllegalArgumentException malformed) {
            throw new InvalidRequest(field, "appointment.invalidId");
        }
    }
}
