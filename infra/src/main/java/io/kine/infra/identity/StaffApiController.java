package io.kine.infra.identity;

import io.kine.command.identity.UserAccountNotFound;
import io.kine.command.patients.PatientNotFound;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/staff}: the organization's accounts, for owners and admins ({@code staff.manage}). */
@RestController
@RequestMapping("/api/staff")
@PreAuthorize("hasAuthority('staff.manage')")
class StaffApiController {

    private final StaffReads reads;
    private final StaffWrites writes;

    StaffApiController(StaffReads reads, StaffWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    record InvitationRequest(String email, String displayName, Set<Role> roles) {
    }

    record RoleRequest(Role role) {
    }

    record ProfileRequest(List<String> specialties, String licenseNumber) {
    }

    record PatientLinkRequest(UUID patientId) {
    }

    record SubstitutionRequest(UUID replaces, LocalDate from, LocalDate to) {
    }

    @GetMapping
    Map<String, List<StaffMemberJson>> list(@AuthenticationPrincipal KineUser user) {
        return Map.of("data", reads.find(user.organizationId()).stream().map(StaffMemberJson::of).toList());
    }

    @PostMapping("/invitations")
    ResponseEntity<StaffMemberJson> invite(@RequestBody InvitationRequest request, @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        UserId invited = writes.invite(organization, request.email(), request.displayName(),
                request.roles() == null ? Set.of() : request.roles());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/staff/" + invited.value()))
                .body(shown(organization, invited, 0));
    }

    @GetMapping("/{id}")
    StaffMemberJson get(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return reads.get(user.organizationId(), new UserId(id)).map(StaffMemberJson::of)
                .orElseThrow(() -> new UserAccountNotFound(new UserId(id)));
    }

    @PostMapping("/{id}/invitation")
    StaffMemberJson resend(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return shown(user.organizationId(), new UserId(id), writes.resend(new UserId(id), user.organizationId()));
    }

    @PostMapping("/{id}/roles")
    StaffMemberJson grant(@PathVariable UUID id, @RequestBody RoleRequest request, @AuthenticationPrincipal KineUser user) {
        if (request.role() == null) {
            throw new InvalidRequest("role", "validation.required");
        }
        return shown(user.organizationId(), new UserId(id), writes.grant(new UserId(id), user.organizationId(), request.role()));
    }

    @DeleteMapping("/{id}/roles/{role}")
    StaffMemberJson revoke(@PathVariable UUID id, @PathVariable Role role, @AuthenticationPrincipal KineUser user) {
        return shown(user.organizationId(), new UserId(id), writes.revoke(new UserId(id), user.organizationId(), role));
    }

    @PostMapping("/{id}/deactivate")
    StaffMemberJson deactivate(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return shown(user.organizationId(), new UserId(id), writes.deactivate(new UserId(id), user.organizationId()));
    }

    @PostMapping("/{id}/reactivate")
    StaffMemberJson reactivate(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return shown(user.organizationId(), new UserId(id), writes.reactivate(new UserId(id), user.organizationId()));
    }

    @PutMapping("/{id}/practitioner-profile")
    StaffMemberJson updateProfile(@PathVariable UUID id, @RequestBody ProfileRequest request,
            @AuthenticationPrincipal KineUser user) {
        return shown(user.organizationId(), new UserId(id), writes.updateProfile(new UserId(id), user.organizationId(),
                request.specialties(), request.licenseNumber()));
    }

    /** The practitioner replaced must be an account of the same organization; another clinic's is not found. */
    @PostMapping("/{id}/substitutions")
    StaffMemberJson flagSubstitute(@PathVariable UUID id, @RequestBody SubstitutionRequest request,
            @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        UserId replaces = request.replaces() == null ? null : new UserId(request.replaces());
        if (replaces != null && reads.get(organization, replaces).isEmpty()) {
            throw new InvalidRequest("replaces", "staff.substitute.unknown");
        }
        return shown(organization, new UserId(id),
                writes.flagSubstitute(new UserId(id), organization, replaces, request.from(), request.to()));
    }

    /** The patient record must be one of the caller's organization; any other is not found. */
    @PostMapping("/{id}/patient-link")
    StaffMemberJson linkPatient(@PathVariable UUID id, @RequestBody PatientLinkRequest request,
            @AuthenticationPrincipal KineUser user) {
        if (request.patientId() == null) {
            throw new InvalidRequest("patientId", "validation.required");
        }
        OrganizationId organization = user.organizationId();
        PatientId patient = new PatientId(request.patientId());
        if (!reads.patientExists(organization, patient)) {
            throw new PatientNotFound(patient);
        }
        return shown(organization, new UserId(id), writes.linkPatient(new UserId(id), organization, patient));
    }

    private StaffMemberJson shown(OrganizationId organization, UserId user, long version) {
        return reads.awaitVersion(organization, user, version).map(StaffMemberJson::of)
                .orElseThrow(() -> new UserAccountNotFound(user));
    }
}
