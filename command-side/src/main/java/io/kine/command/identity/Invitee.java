package io.kine.command.identity;

import io.kine.command.FieldViolation;
import io.kine.kernel.identity.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.validator.routines.EmailValidator;

/** The person an invitation is for, checked and tidied: every broken rule at once, per field. */
record Invitee(String email, String displayName, Set<Role> roles) {

    static final int MAX_NAME_LENGTH = 100;

    static Invitee checked(String email, String displayName, Set<Role> roles) {
        List<FieldViolation> violations = new ArrayList<>();
        String tidyEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (tidyEmail.isEmpty()) {
            violations.add(new FieldViolation("email", "validation.required"));
        } else if (!EmailValidator.getInstance().isValid(tidyEmail)) {
            violations.add(new FieldViolation("email", "staff.email.invalid"));
        }
        String tidyName = displayName == null ? "" : displayName.strip();
        if (tidyName.isEmpty()) {
            violations.add(new FieldViolation("displayName", "validation.required"));
        } else if (tidyName.length() > MAX_NAME_LENGTH) {
            violations.add(new FieldViolation("displayName", "staff.displayName.tooLong"));
        }
        if (roles == null || roles.isEmpty()) {
            violations.add(new FieldViolation("roles", "staff.roles.required"));
        } else {
            RolePolicy.violation(roles).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidStaffMember(violations);
        }
        return new Invitee(tidyEmail, tidyName, EnumSet.copyOf(roles));
    }
}
