package io.kine.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's clinical records go through the same commands as real use, signed by the practitioner. */
@KineIntegrationTest
class DemoClinicalRecordsTest {

    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired DemoClinicalRecords records;
    @Autowired JdbcClient jdbc;

    @Test
    void loadsTemplatesAndASignedLowBackCaseWithFallingPain() {
        Clinic clinic = new TestClinics(context).aClinic();
        PatientId patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic.organizationId(), new PatientDetails("Nadia", "El Idrissi",
                LocalDate.of(1979, 6, 2), Sex.FEMALE, null, null, PostalAddress.NONE, Insurance.NONE)),
                clinic.organizationId());

        records.load(clinic.organizationId(), clinic.user(Role.PRACTITIONER).userId(), patient);

        await().until(() -> jdbc.sql("SELECT count(*) FROM read_model.visit WHERE patient_id = :p AND status = 'SIGNED'")
                .param("p", patient.value()).query(Long.class).single() == 3);
        assertThat(jdbc.sql("""
                SELECT m.value FROM read_model.visit v JOIN read_model.visit_outcome_measure m USING (visit_id)
                WHERE v.patient_id = :p ORDER BY v.visited_on
                """).param("p", patient.value()).query(Integer.class).list()).containsExactly(7, 5, 3);
        // templates have a projection of their own, which may still be catching up with the visits'
        await().until(() -> jdbc.sql("SELECT count(*) FROM read_model.note_template WHERE organization_id = :o")
                .param("o", clinic.organizationId().value()).query(Long.class).single() == 4);
        assertThat(jdbc.sql("SELECT DISTINCT signed_by FROM read_model.visit WHERE patient_id = :p")
                .param("p", patient.value()).query(java.util.UUID.class).list())
                .containsExactly(clinic.user(Role.PRACTITIONER).userId().value());
    }
}
