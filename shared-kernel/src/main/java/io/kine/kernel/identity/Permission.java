package io.kine.kernel.identity;

/** What a person may do. Authorities in the web layer carry these keys. */
public enum Permission {
    PATIENT_READ("patient.read"),
    PATIENT_WRITE("patient.write"),
    PATIENT_ERASE("patient.erase"),
    APPOINTMENT_MANAGE("appointment.manage"),
    APPOINTMENT_OVERRIDE("appointment.override"),
    CLINICAL_READ("clinical.read"),
    CLINICAL_WRITE("clinical.write"),
    BILLING_VIEW("billing.view"),
    BILLING_MANAGE("billing.manage"),
    REPORTS_VIEW("reports.view"),
    AUDIT_READ("audit.read"),
    STAFF_MANAGE("staff.manage"),
    SETTINGS_MANAGE("settings.manage");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
