package io.kine.command.patients;

import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;

/**
 * Until when a patient's record must be kept, from the organization's retention policy and
 * the patient's last activity (appointments and record changes today; visits when they come).
 * A port: the aggregate asks, infra answers from the database.
 */
public interface RetentionPeriods {

    /** The last day of the retention period; {@code dateOfBirth} may be null (unknown or erased). */
    LocalDate retainedUntil(OrganizationId organization, PatientId patient, LocalDate dateOfBirth);
}
