package io.kine.infra.organization;

import io.kine.command.organization.ResourceNotFound;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.MergePatch;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationView;
import io.kine.kernel.organization.ResourceId;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/organization} and {@code /api/locations}: the caller's own organization only,
 * taken from the session. Every member may read them (locations and rooms appear in
 * calendars); changing them needs {@code settings.manage}.
 */
@RestController
class OrganizationApiController {

    private final OrganizationReads reads;
    private final OrganizationWrites writes;
    private final ObjectMapper json;

    OrganizationApiController(OrganizationReads reads, OrganizationWrites writes, ObjectMapper json) {
        this.reads = reads;
        this.writes = writes;
        this.json = json;
    }

    @GetMapping("/api/organization")
    ResponseEntity<OrganizationJson.OrganizationResponse> organization(@AuthenticationPrincipal KineUser user) {
        return organizationResponse(reads.get(user.organizationId()));
    }

    /** A JSON merge patch (RFC 7396) of the settings: fields present replace, {@code null} clears, absent stay. */
    @PatchMapping(path = "/api/organization", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('settings.manage')")
    ResponseEntity<OrganizationJson.OrganizationResponse> changeSettings(@RequestBody JsonNode patch,
            @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        OrganizationJson.SettingsRequest merged = MergePatch.apply(json,
                OrganizationJson.SettingsRequest.of(reads.get(organization)), patch, OrganizationJson.SettingsRequest.class);
        writes.changeSettings(merged.toCommand(organization));
        return organizationResponse(reads.get(organization));
    }

    @GetMapping("/api/locations")
    OrganizationJson.LocationList locations(@RequestParam(defaultValue = "false") boolean includeClosed,
            @AuthenticationPrincipal KineUser user) {
        return new OrganizationJson.LocationList(reads.locations(user.organizationId(), includeClosed).stream()
                .map(OrganizationJson.LocationResponse::of).toList());
    }

    @PostMapping("/api/locations")
    @PreAuthorize("hasAuthority('settings.manage')")
    ResponseEntity<OrganizationJson.LocationResponse> addLocation(@RequestBody OrganizationJson.LocationRequest request,
            @AuthenticationPrincipal KineUser user) {
        LocationId location = LocationId.random();
        writes.addLocation(user.organizationId(), location, request.toDetails());
        return ResponseEntity.created(URI.create("/api/locations/" + location.value()))
                .body(OrganizationJson.LocationResponse.of(reads.location(user.organizationId(), location)));
    }

    @PatchMapping(path = "/api/locations/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('settings.manage')")
    OrganizationJson.LocationResponse updateLocation(@PathVariable UUID id, @RequestBody JsonNode patch,
            @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        LocationId location = new LocationId(id);
        LocationView current = reads.location(organization, location);
        OrganizationJson.LocationRequest merged = MergePatch.apply(json,
                OrganizationJson.LocationRequest.of(current.details()), patch, OrganizationJson.LocationRequest.class);
        writes.updateLocation(organization, location, merged.toDetails());
        return OrganizationJson.LocationResponse.of(reads.location(organization, location));
    }

    /** Closes (archives) the location: gone from lists, history kept. Repeating it is harmless. */
    @DeleteMapping("/api/locations/{id}")
    @PreAuthorize("hasAuthority('settings.manage')")
    ResponseEntity<Void> closeLocation(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        writes.closeLocation(user.organizationId(), new LocationId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/locations/{id}/resources")
    @PreAuthorize("hasAuthority('settings.manage')")
    ResponseEntity<OrganizationJson.ResourceJson> addResource(@PathVariable UUID id,
            @RequestBody OrganizationJson.ResourceRequest request, @AuthenticationPrincipal KineUser user) {
        ResourceId resource = ResourceId.random();
        writes.addResource(user.organizationId(), new LocationId(id), resource, request.kind(), request.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/locations/" + id + "/resources/" + resource.value()))
                .body(resource(user.organizationId(), new LocationId(id), resource));
    }

    @PatchMapping(path = "/api/locations/{id}/resources/{resourceId}",
            consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('settings.manage')")
    OrganizationJson.ResourceJson renameResource(@PathVariable UUID id, @PathVariable UUID resourceId,
            @RequestBody OrganizationJson.ResourceRequest request, @AuthenticationPrincipal KineUser user) {
        writes.renameResource(user.organizationId(), new LocationId(id), new ResourceId(resourceId), request.name());
        return resource(user.organizationId(), new LocationId(id), new ResourceId(resourceId));
    }

    @DeleteMapping("/api/locations/{id}/resources/{resourceId}")
    @PreAuthorize("hasAuthority('settings.manage')")
    ResponseEntity<Void> removeResource(@PathVariable UUID id, @PathVariable UUID resourceId,
            @AuthenticationPrincipal KineUser user) {
        writes.removeResource(user.organizationId(), new LocationId(id), new ResourceId(resourceId));
        return ResponseEntity.noContent().build();
    }

    private OrganizationJson.ResourceJson resource(OrganizationId organization, LocationId location, ResourceId resource) {
        return reads.location(organization, location).resources().stream()
                .filter(r -> r.resourceId().equals(resource)).findFirst()
                .map(OrganizationJson.ResourceJson::of)
                .orElseThrow(() -> new ResourceNotFound(resource));
    }

    private static ResponseEntity<OrganizationJson.OrganizationResponse> organizationResponse(OrganizationView view) {
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(OrganizationJson.OrganizationResponse.of(view));
    }
}
