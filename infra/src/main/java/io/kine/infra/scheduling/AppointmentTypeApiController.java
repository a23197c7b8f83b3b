package io.kine.infra.scheduling;

import io.kine.command.scheduling.AppointmentTypeNotFound;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.MergePatch;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentTypeView;
import io.kine.kernel.scheduling.ChangeAppointmentType;
import io.kine.kernel.scheduling.DefineAppointmentType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code /api/appointment-types}: any member reads them (they colour the calendar); settings managers change them. */
@RestController
@RequestMapping("/api/appointment-types")
class AppointmentTypeApiController {

    record TypeJson(UUID id, String name, int durationMinutes, String colour) {

        static TypeJson of(AppointmentTypeView view) {
            return new TypeJson(view.appointmentTypeId().value(), view.name(), view.durationMinutes(), view.colour());
        }
    }

    record TypeRequest(String name, int durationMinutes, String colour) {
    }

    private final SchedulingReads reads;
    private final CommandGateway commands;
    private final ObjectMapper json;

    AppointmentTypeApiController(SchedulingReads reads, CommandGateway commands, ObjectMapper json) {
        this.reads = reads;
        this.commands = commands;
        this.json = json;
    }

    @GetMapping
    Map<String, List<TypeJson>> list(@AuthenticationPrincipal KineUser user) {
        return Map.of("data", reads.types(user.organizationId()).stream().map(TypeJson::of).toList());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('settings.manage')")
    ResponseEntity<TypeJson> define(@RequestBody TypeRequest request, @AuthenticationPrincipal KineUser user) {
        AppointmentTypeId type = AppointmentTypeId.random();
        commands.sendAndWait(new DefineAppointmentType(type, user.organizationId(), request.name(),
                request.durationMinutes(), request.colour()));
        AppointmentTypeView view = reads.awaitType(user.organizationId(), type, 0)
                .orElseThrow(() -> new AppointmentTypeNotFound(type));
        return ResponseEntity.created(URI.create("/api/appointment-types/" + type.value())).body(TypeJson.of(view));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('settings.manage')")
    TypeJson change(@PathVariable UUID id, @RequestBody JsonNode patch, @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        AppointmentTypeId type = new AppointmentTypeId(id);
        AppointmentTypeView current = reads.type(organization, type).orElseThrow(() -> new AppointmentTypeNotFound(type));
        TypeRequest merged = MergePatch.apply(json,
                new TypeRequest(current.name(), current.durationMinutes(), current.colour()), patch, TypeRequest.class);
        long version = commands.<Long>sendAndWait(new ChangeAppointmentType(type, organization, merged.name(),
                merged.durationMinutes(), merged.colour()));
        return TypeJson.of(reads.awaitType(organization, type, version).orElseThrow(() -> new AppointmentTypeNotFound(type)));
    }
}
