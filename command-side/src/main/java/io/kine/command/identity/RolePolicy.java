package io.kine.command.identity;

import io.kine.command.FieldViolation;
import io.kine.kernel.identity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which roles may be held together. A patient's portal login opens one patient's record and
 * nothing else, so the patient role is never combined with a staff role: a staff member who is
 * also treated here gets a second, separate patient account.
 */
final class RolePolicy {

    private RolePolicy() {
    }

    static Optional<FieldViolation> violation(Set<Role> roles) {
        if (roles.contains(Role.PATIENT) && roles.size() > 1) {
            return Optional.of(new FieldViolation("roles", "staff.roles.patientExclusive"));
        }
        return Optional.empty();
    }

    static void checkGrant(Set<Role> current, Role granted) {
        Set<Role> after = EnumSet.copyOf(current);
        after.add(granted);
        violation(after).ifPresent(v -> {
            throw new InvalidStaffMember(List.of(v));
        });
    }
}
