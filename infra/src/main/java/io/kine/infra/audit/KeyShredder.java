package io.kine.infra.audit;

import io.kine.command.patients.PersonalDataShredder;
import io.kine.kernel.patients.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Destroys the patient's key and drops the aggregate's snapshots (derived, and written in
 * clear), in the erasure's transaction.
 */
@Component
class KeyShredder implements PersonalDataShredder {

    private final SubjectKeys keys;
    private final JdbcClient jdbc;

    KeyShredder(SubjectKeys keys, JdbcClient jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @Override
    public void shred(PatientId patient) {
        keys.destroy(patient.value());
        jdbc.sql("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = :id")
                .param("id", patient.toString()).update();
    }
}
