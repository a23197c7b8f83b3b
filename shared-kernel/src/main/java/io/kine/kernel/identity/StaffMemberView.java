package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An account as staff managers see it. {@code accepted} is false while the invitation is pending. */
public record StaffMemberView(
        UserId userId,
        OrganizationId organizationId,
        String email,
        String displayName,
        Set<Role> roles,
        boolean active,
        boolean accepted,
        List<String> specialties,
        String licenseNumber,
        UserId substituteFor,
        LocalDate substituteFrom,
        LocalDate substituteTo,
        PatientId patientId,
        Instant invitedAt,
        long version) {
}
