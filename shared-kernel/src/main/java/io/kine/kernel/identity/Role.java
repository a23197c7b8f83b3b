package io.kine.kernel.identity;

import static io.kine.kernel.identity.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of a clinic and the permissions each one grants. This matrix is the single
 * source of truth: the web layer and the message handlers both read it.
 */
public enum Role {
    OWNER(EnumSet.allOf(Permission.class)),
    ADMIN(EnumSet.allOf(Permission.class)),
    MANAGER(EnumSet.of(PATIENT_READ, PATIENT_WRITE, APPOINTMENT_MANAGE, APPOINTMENT_OVERRIDE, CLINICAL_READ, BILLING_VIEW,
            REPORTS_VIEW)),
    PRACTITIONER(EnumSet.of(PATIENT_READ, PATIENT_WRITE, APPOINTMENT_MANAGE, CLINICAL_READ, CLINICAL_WRITE,
            BILLING_VIEW, BILLING_MANAGE)),
    ASSISTANT(EnumSet.of(PATIENT_READ, PATIENT_WRITE, APPOINTMENT_MANAGE, BILLING_VIEW, BILLING_MANAGE)),
    PATIENT(EnumSet.noneOf(Permission.class)),
    AUDITOR(EnumSet.of(PATIENT_READ, CLINICAL_READ, BILLING_VIEW, REPORTS_VIEW, AUDIT_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public Set<Permission> permissions() {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
