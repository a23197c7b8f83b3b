package io.kine.infra.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.ArchivePatient;
import io.kine.kernel.patients.FindPatients;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientPage;
import io.kine.kernel.patients.PatientSort;
import io.kine.kernel.patients.PatientSummary;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.UpdatePatientDetails;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The patient read model and its queries, against real PostgreSQL. */
@KineIntegrationTest
class PatientProjectionTest {

    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;

    OrganizationId clinic;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic().organizationId();
    }

    @Test
    void findsPatientsWhateverTheAccentsAndCase() {
        register(Patients.named("Élodie", "Lefèvre"));
        register(Patients.named("Hugo", "Martin"));

        assertThat(names(search("elodie"))).containsExactly("Lefèvre");
        assertThat(names(search("LEFEVRE"))).containsExactly("Lefèvre");
        assertThat(names(search("lefèvre élo"))).containsExactly("Lefèvre");
        assertThat(names(search("zzz"))).isEmpty();
    }

    @Test
    void findsPatientsByPhoneInNationalOrInternationalFormAndByEmail() {
        register(Patients.withContact("Omar", "Tazi", "+212612345678", "omar.tazi@example.ma"));
        register(Patients.withContact("Julie", "Petit", "+33698765432", "julie@example.org"));

        assertThat(names(search("06 98 76"))).containsExactly("Petit");
        assertThat(names(search("+33 698"))).containsExactly("Petit");
        assertThat(names(search("+212 612"))).containsExactly("Tazi");
        assertThat(names(search("example.ma"))).containsExactly("Tazi");
    }

    @Test
    void pagesThroughPatientsInAWhitelistedOrder() {
        for (String name : List.of("Dubois", "Alaoui", "Chraibi", "Bernard", "Fassi")) {
            register(Patients.named("Test", name));
        }

        var page2 = query(new FindPatients(clinic, null, false, PatientSort.LAST_NAME, false, 2, 2));
        var descending = query(new FindPatients(clinic, null, false, PatientSort.LAST_NAME, true, 1, 2));

        assertThat(page2.total()).isEqualTo(5);
        assertThat(names(page2.items())).containsExactly("Chraibi", "Dubois");
        assertThat(names(descending.items())).containsExactly("Fassi", "Dubois");
    }

    @Test
    void hidesArchivedPatientsUnlessAskedFor() {
        PatientId archived = register(Patients.named("Salma", "Archivée"));
        register(Patients.named("Salma", "Active"));
        commands.send(new ArchivePatient(archived, clinic), clinic);
        awaitVersion(archived, 1);

        assertThat(names(search("salma"))).containsExactly("Active");
        assertThat(names(query(new FindPatients(clinic, "salma", true, PatientSort.LAST_NAME, false, 1, 20)).items()))
                .containsExactly("Active", "Archivée");
    }

    @Test
    void neverShowsAnotherOrganizationsPatients() {
        register(Patients.named("Karim", "Bennani"));
        OrganizationId otherClinic = new TestClinics(context).aClinic().organizationId();

        var seenByOther = query(new FindPatients(otherClinic, "bennani", true, PatientSort.LAST_NAME, false, 1, 20));

        assertThat(seenByOther.total()).isZero();
    }

    @Test
    void replayingTheProjectionRebuildsTheSameRows() {
        PatientId patient = register(Patients.named("Meryem", "Chraibi"));
        commands.<Long>send(new UpdatePatientDetails(patient, clinic,
                Patients.bornOn("Meryem", "Chraibi-Alami", LocalDate.of(1970, 1, 1)), null), clinic);
        register(Patients.named("Thomas", "Rousseau"));
        awaitVersion(patient, 1);
        List<Map<String, Object>> before = rows();

        replay();
        replay();

        assertThat(rows()).isEqualTo(before);
    }

    private void replay() {
        PooledStreamingEventProcessor processor = processing
                .eventProcessor("patient", PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.isReplaying() && rowCount() == 2);
    }

    private long rowCount() {
        return jdbc.sql("SELECT count(*) FROM read_model.patient WHERE organization_id = :org")
                .param("org", clinic.value()).query(Long.class).single();
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT * FROM read_model.patient WHERE organization_id = :org ORDER BY patient_id")
                .param("org", clinic.value()).query().listOfRows();
    }

    private PatientId register(PatientDetails details) {
        PatientId patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic, details), clinic);
        awaitVersion(patient, 0);
        return patient;
    }

    private void awaitVersion(PatientId patient, long version) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
                .sql("SELECT coalesce(max(version), -1) FROM read_model.patient WHERE patient_id = :id")
                .param("id", patient.value()).query(Long.class).single() >= version);
    }

    private List<PatientSummary> search(String text) {
        return query(new FindPatients(clinic, text, false, PatientSort.LAST_NAME, false, 1, 20)).items();
    }

    private PatientPage query(FindPatients query) {
        return queries.query(TestClinics.asSystem(query, query.organizationId()), ResponseTypes.instanceOf(PatientPage.class))
                .join();
    }

    private static List<String> names(List<PatientSummary> patients) {
        return patients.stream().map(PatientSummary::lastName).toList();
    }
}
