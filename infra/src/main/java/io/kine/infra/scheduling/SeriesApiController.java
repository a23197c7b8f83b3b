package io.kine.infra.scheduling;

import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentSeriesView;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.SeriesBookingMode;
import io.kine.kernel.scheduling.SeriesId;
import io.kine.kernel.scheduling.SeriesScope;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/appointment-series}: book a weekly series (all or nothing, or only the free
 * occurrences), read it, change or cancel one occurrence, it and the following ones, or all.
 */
@RestController
@RequestMapping("/api/appointment-series")
@PreAuthorize("hasAuthority('appointment.manage')")
class SeriesApiController {

    private final SeriesBookings series;
    private final SchedulingReads reads;
    private final java.time.Clock clock;

    SeriesApiController(SeriesBookings series, SchedulingReads reads, java.time.Clock clock) {
        this.series = series;
        this.reads = reads;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<SeriesJson.SeriesResponse> book(@RequestBody SeriesJson.BookingRequest request,
            @AuthenticationPrincipal KineUser user) {
        if (request.start() == null || request.durationMinutes() == null || request.recurrence() == null) {
            String missing = request.start() == null ? "start" : request.durationMinutes() == null ? "durationMinutes"
                    : "recurrence";
            throw new InvalidRequest(missing, "appointment.required");
        }
        UserId practitioner = request.practitionerId() == null ? null : new UserId(request.practitionerId());
        LocationId location = request.locationId() == null ? null : new LocationId(request.locationId());
        AppointmentTypeId type = request.appointmentTypeId() == null ? null : new AppointmentTypeId(request.appointmentTypeId());
        ZoneId zone = ZoneId.of(reads.timeZoneOfParties(user.organizationId(),
                request.patientId() == null ? null : new PatientId(request.patientId()), practitioner, location,
                resource(request.roomId()), resource(request.equipmentId()), type));
        AppointmentSeriesView booked = series.book(user, new SeriesBookings.Booking(new PatientId(request.patientId()),
                practitioner, location, resource(request.roomId()), resource(request.equipmentId()), type, zone,
                SeriesBookings.rule(request.recurrence(), zone), localStart(request.start(), zone),
                Duration.ofMinutes(request.durationMinutes()), mode(request.mode()), request.notes(),
                request.overrideReason()));
        return ResponseEntity.created(URI.create("/api/appointment-series/" + booked.seriesId().value()))
                .body(SeriesJson.SeriesResponse.of(booked));
    }

    @GetMapping("/{id}")
    SeriesJson.SeriesResponse get(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return SeriesJson.SeriesResponse.of(reads.existingSeries(user.organizationId(), new SeriesId(id)));
    }

    /**
     * Changes occurrences in {@code scope} ({@code ONE}, {@code FOLLOWING} from {@code appointmentId},
     * or {@code ALL} to come): {@code startTime} (local), {@code durationMinutes}, {@code practitionerId},
     * {@code roomId}, {@code equipmentId} ({@code null} frees them), {@code notes}; what the body leaves
     * out stays as the named occurrence (or the first to come) has it.
     */
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    SeriesJson.SeriesResponse change(@PathVariable UUID id, @RequestBody JsonNode patch,
            @AuthenticationPrincipal KineUser user) {
        SeriesId seriesId = new SeriesId(id);
        AppointmentSeriesView current = reads.existingSeries(user.organizationId(), seriesId);
        if (!patch.isObject()) {
            throw new InvalidRequest("body", "validation.jsonObject");
        }
        SeriesScope scope = scope(patch.path("scope").isString() ? patch.get("scope").asString() : null);
        AppointmentId from = patch.has("appointmentId") ? uuid(patch, "appointmentId", AppointmentId::new) : null;
        AppointmentView reference = current.occurrences().stream()
                .filter(o -> from == null ? o.start().isAfter(clock.instant()) : o.appointmentId().equals(from))
                .findFirst().orElseThrow(() -> new InvalidRequest("appointmentId", "series.occurrenceNotInSeries"));
        ZoneId zone = ZoneId.of(current.timeZone());
        LocalTime startTime = patch.has("startTime") ? time(patch.get("startTime").asString())
                : reference.start().atZone(zone).toLocalTime();
        Duration length = patch.has("durationMinutes") ? Duration.ofMinutes(patch.get("durationMinutes").asLong())
                : Duration.between(reference.start(), reference.end());
        UserId practitioner = patch.has("practitionerId") ? uuid(patch, "practitionerId", UserId::new)
                : reference.practitionerId();
        if (practitioner == null) {
            throw new InvalidRequest("practitionerId", "appointment.required");
        }
        ResourceId room = patch.has("roomId") ? uuid(patch, "roomId", ResourceId::new) : reference.roomId();
        ResourceId equipment = patch.has("equipmentId") ? uuid(patch, "equipmentId", ResourceId::new) : reference.equipmentId();
        String notes = patch.has("notes") ? (patch.get("notes").isNull() ? null : patch.get("notes").asString())
                : reference.notes();
        String reason = patch.path("overrideReason").isString() ? patch.get("overrideReason").asString() : null;
        return SeriesJson.SeriesResponse.of(series.change(user, seriesId, new SeriesBookings.Change(scope, from,
                startTime, length, practitioner, room, equipment, notes, reason)));
    }

    /** Cancels with a reason: the whole series by default, or {@code scope} from {@code appointmentId}. */
    @DeleteMapping("/{id}")
    SeriesJson.SeriesResponse delete(@PathVariable UUID id, @RequestParam(required = false) String scope,
            @RequestParam(required = false) UUID appointmentId, @RequestParam(required = false) String reason,
            @RequestBody(required = false) SeriesJson.CancelRequest body, @AuthenticationPrincipal KineUser user) {
        SeriesJson.CancelRequest request = body != null ? body : new SeriesJson.CancelRequest(scope, appointmentId, reason);
        return cancel(id, request, user);
    }

    @PostMapping("/{id}/cancel")
    SeriesJson.SeriesResponse cancel(@PathVariable UUID id, @RequestBody SeriesJson.CancelRequest request,
            @AuthenticationPrincipal KineUser user) {
        SeriesScope scope = request.scope() == null ? SeriesScope.ALL : scope(request.scope());
        return SeriesJson.SeriesResponse.of(series.cancel(user, new SeriesId(id), scope,
                request.appointmentId() == null ? null : new AppointmentId(request.appointmentId()), request.reason()));
    }

    private static SeriesScope scope(String text) {
        try {
            return SeriesScope.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException unknown) {
            throw new InvalidRequest("scope", "series.invalidScope");
        }
    }

    private static SeriesBookingMode mode(String text) {
        if (text == null) {
            return SeriesBookingMode.ALL_OR_NOTHING;
        }
        try {
            return SeriesBookingMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequest("mode", "series.invalidMode");
        }
    }

    /** A wall-clock time at the location; one with an offset is taken as the instant it names. */
    private static LocalDateTime localStart(String text, ZoneId zone) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime();
            } catch (DateTimeParseException malformed) {
                throw new InvalidRequest("start", "appointment.invalidInstant");
            }
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (RuntimeException malformed) {
            throw new InvalidRequest("startTime", "series.invalidTime");
        }
    }

    private static ResourceId resource(UUID id) {
        return id == null ? null : new ResourceId(id);
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
