package io.kine.infra.identity;

import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.StaffMemberView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An account as the API shows it: ids as plain UUIDs. */
record StaffMemberJson(UUID userId, String email, String displayName, Set<Role> roles, boolean active,
        boolean accepted, List<String> specialties, String licenseNumber, UUID substituteFor, LocalDate substituteFrom,
        LocalDate substituteTo, UUID patientId, Instant invitedAt) {

    static StaffMemberJson of(StaffMemberView view) {
        return new StaffMemberJson(view.userId().value(), view.email(), view.displayName(), view.roles(), view.active(),
                view.accepted(), view.specialties(), view.licenseNumber(),
                view.substituteFor() == null ? null : view.substituteFor().value(), view.substituteFrom(),
                view.substituteTo(), view.patientId() == null ? null : view.patientId().value(), view.invitedAt());
    }
}
