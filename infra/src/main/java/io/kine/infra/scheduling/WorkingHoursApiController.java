package io.kine.infra.scheduling;

import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.SetWorkingHours;
import io.kine.kernel.scheduling.WorkingHoursId;
import io.kine.kernel.scheduling.WorkingHoursView;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/working-hours}: a practitioner's weekly hours at a location, replaced as a whole. */
@RestController
@RequestMapping("/api/working-hours")
@PreAuthorize("hasAnyAuthority('appointment.manage', 'staff.manage')")
class WorkingHoursApiController {

    record WeekJson(UUID practitionerId, UUID locationId, Map<DayOfWeek, List<LocalTimeRange>> week) {
    }

    private final SchedulingReads reads;
    private final CommandGateway commands;

    WorkingHoursApiController(SchedulingReads reads, CommandGateway commands) {
        this.reads = reads;
        this.commands = commands;
    }

    @GetMapping
    WeekJson get(@RequestParam UUID practitionerId, @RequestParam UUID locationId, @AuthenticationPrincipal KineUser user) {
        Map<DayOfWeek, List<LocalTimeRange>> week = reads.workingHours(user.organizationId(), new UserId(practitionerId),
                new LocationId(locationId)).map(WorkingHoursView::week).orElse(Map.of());
        return new WeekJson(practitionerId, locationId, week);
    }

    /** The practitioner and location must be the clinic's: checked before the command is sent. */
    @PutMapping
    WeekJson set(@RequestBody WeekJson request, @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        if (request.practitionerId() == null || request.locationId() == null || request.week() == null) {
            throw new InvalidRequest(request.week() == null ? "week" : "practitionerId", "appointment.required");
        }
        UserId practitioner = new UserId(request.practitionerId());
        LocationId location = new LocationId(request.locationId());
        List<String> unknown = reads.parties(organization, null, practitioner, location, null, null).unknownFields()
                .stream().filter(field -> !"patientId".equals(field)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownBookingParty(unknown);
        }
        long version = commands.<Long>sendAndWait(new SetWorkingHours(idOf(organization, practitioner, location),
                organization, practitioner, location, request.week()));
        Map<DayOfWeek, List<LocalTimeRange>> week = reads.awaitHours(organization, practitioner, location, version)
                .map(WorkingHoursView::week).orElse(Map.of());
        return new WeekJson(request.practitionerId(), request.locationId(), week);
    }

    /** One template per practitioner and location, whoever sets it first. */
    static WorkingHoursId idOf(OrganizationId organization, UserId practitioner, LocationId location) {
        byte[] name = (organization + "/working-hours/" + practitioner + "/" + location).getBytes(StandardCharsets.UTF_8);
        return new WorkingHoursId(UUID.nameUUIDFromBytes(name));
    }
}
