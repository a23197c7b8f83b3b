package io.kine.infra.audit;

import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The last day something happened in a patient's care, from which retention is counted. Each
 * source of activity (appointments, record changes, and visits once they exist) is one
 * implementation; the retention rule takes the latest of them all.
 */
public interface PatientActivity {

    Optional<LocalDate> lastActivity(PatientId patient);
}
