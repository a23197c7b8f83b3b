package io.kine.infra.audit;

import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Activity as it exists today: the patient's own events (registration, changes) and their
 * appointments that were not cancelled (the appointment day counts, even a missed one).
 */
@Component
class RecordedPatientActivity implements PatientActivity {

    private final JdbcClient jdbc;

    RecordedPatientActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> lastActivity(PatientId patient) {
        Optional<LocalDate> recordChange = jdbc.sql(
                        "SELECT max(time_stamp) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", patient.toString()).query(String.class).optional()
                .map(at -> java.time.Instant.parse(at).atZone(ZoneOffset.UTC).toLocalDate());
        Optional<LocalDate> appointment = jdbc.sql("""
                SELECT max(starts_at) FROM read_model.appointment WHERE patient_id = :id AND status <> 'CANCELLED'
                """)
                .param("id", patient.value()).query(java.sql.Timestamp.class).optional()
                .map(at -> at.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        return later(recordChange, appointment);
    }

    static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }
}
