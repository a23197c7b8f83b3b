package io.kine.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.clinical.ClinicalFixtures;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Rebuilding every projection from the history gives, row by row, the tables built event by event. */
@KineIntegrationTest
class ProjectionRebuildTest {

    @Autowired ApplicationContext context;
    @Autowired ProjectionRebuilder rebuilder;
    @Autowired ProjectionPositions positions;
    @Autowired EventProcessingConfiguration processing;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void theCatalogNamesTheTablesOfEveryProjection() {
        assertThat(processing.eventProcessors().keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.of(ProjectionCatalog.TABLES.keySet(), ProjectionCatalog.NOT_PROJECTIONS)
                        .flatMap(java.util.Set::stream).toList());
        assertThat(ProjectionCatalog.TABLES.values().stream().flatMap(List::stream))
                .doesNotContain("clinical.attachment_content");
    }

    @Test
    void theShadowDataSourceRewritesOnlyTheProjectionsOwnTables() {
        RebuildDataSource source = new RebuildDataSource(null, ProjectionCatalog.tablesOf("visit").orElseThrow());

        assertThat(source.rewrite("INSERT INTO read_model.visit_outcome_measure SELECT * FROM read_model.visit v"
                + " JOIN clinical.attachment a USING (visit_id) JOIN clinical.attachment_content c USING (attachment_id)"
                + " JOIN read_model.patient p USING (patient_id)"))
                .isEqualTo("INSERT INTO read_model_rebuild.visit_outcome_measure SELECT * FROM read_model_rebuild.visit v"
                        + " JOIN clinical_rebuild.attachment a USING (visit_id)"
                        + " JOIN clinical.attachment_content c USING (attachment_id)"
                        + " JOIN read_model.patient p USING (patient_id)");
    }

    @Test
    void rebuildsEveryProjectionToTheSameRowsWhileTheOldOnesKeepServing() throws Exception {
        KpiClinic kpi = new KpiClinic(context);
        PatientId patient = kpi.aPatient("Rebuild");
        kpi.complete(kpi.book(patient, KpiClinic.MONDAY, 9));
        kpi.noShow(kpi.book(patient, KpiClinic.MONDAY.plusDays(1), 9));
        kpi.cancel(kpi.book(patient, KpiClinic.MONDAY.plusDays(2), 9), true);
        kpi.awaitKpiGeneration(8);
        Clinic clinic = new TestClinics(context).aClinic();
        ClinicalFixtures.aDocumentedCase(mvc, clinic.user(Role.ASSISTANT), clinic.user(Role.PRACTITIONER));
        awaitEveryProjectionCaughtUp();
        Map<String, List<String>> incremental = everyTable();
        long patients = count("read_model.patient");

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicLong fewestPatientsSeen = new AtomicLong(Long.MAX_VALUE);
        Thread reader = new Thread(() -> {
            while (rebuilding.get()) {
                fewestPatientsSeen.accumulateAndGet(count("read_model.patient"), Math::min);
            }
        });
        reader.start();
        rebuilder.start(rebuilder.projections()).get(3, TimeUnit.MINUTES);
        rebuilding.set(false);
        reader.join();

        // a view on a swapped table (billing's aging report on invoice) is created again, comment included
        assertThat(jdbc.sql("SELECT obj_description(CAST('read_model.invoice_aging' AS regclass), 'pg_class')")
                .query(String.class).single()).contains("aging");
        assertThat(jdbc.sql("SELECT count(*) FROM read_model.invoice_aging").query(Long.class).single()).isNotNegative();

        assertThat(rebuilder.progress().values()).allSatisfy(progress -> {
            assertThat(progress.state()).as(progress.projection() + ": " + progress.error())
                    .isEqualTo(RebuildProgress.State.DONE);
            assertThat(progress.percent()).isEqualTo(100);
        });
        assertThat(fewestPatientsSeen.get()).isEqualTo(patients);
        Map<String, List<String>> rebuilt = everyTable();
        assertThat(rebuilt.keySet()).isEqualTo(incremental.keySet());
        for (String table : List.of("read_model.clinical_case", "clinical.case_text", "read_model.visit",
                "read_model.visit_outcome_measure", "clinical.visit_note", "clinical.visit_addendum",
                "clinical.attachment", "read_model.kpi_visit", "read_model.kpi_case")) {
            assertThat(incremental.get(table)).as(table).isNotEmpty();
        }
        assertThat(incremental.get("clinical.visit_note_revision")).hasSizeGreaterThanOrEqualTo(2);
        rebuilt.forEach((table, rows) -> assertThat(rows).as(table).containsExactlyElementsOf(incremental.get(table)));
    }

    @Test
    void keepsNamesCommentsAndAnalystsAccessAndTheLiveProjectionGoesOn() throws Exception {
        KpiClinic kpi = new KpiClinic(context);
        Clinic clinic = new TestClinics(context).aClinic();
        ClinicalFixtures.aDocumentedCase(mvc, clinic.user(Role.ASSISTANT), clinic.user(Role.PRACTITIONER));
        long contents = count("clinical.attachment_content");
        // No command-side table refers to a projected one today; should one (the bytes to their
        // metadata, say), its foreign key must survive the swap of the table it points at.
        jdbc.sql("ALTER TABLE clinical.attachment_content ADD CONSTRAINT fk_test_attachment_content"
                + " FOREIGN KEY (attachment_id) REFERENCES clinical.attachment (attachment_id) NOT VALID").update();
        try {
            rebuilder.start(List.of("kpi", "organization", "visit")).get(3, TimeUnit.MINUTES);
            assertThat(jdbc.sql("SELECT confrelid::regclass::text FROM pg_constraint"
                    + " WHERE conname = 'fk_test_attachment_content'").query(String.class).single())
                    .isEqualTo("clinical.attachment");
        } finally {
            jdbc.sql("ALTER TABLE clinical.attachment_content DROP CONSTRAINT IF EXISTS fk_test_attachment_content")
                    .update();
        }
        assertThat(rebuilder.progress().get("visit").state()).as(rebuilder.progress().get("visit").error())
                .isEqualTo(RebuildProgress.State.DONE);

        assertThat(jdbc.sql("SELECT count(*) FROM pg_constraint WHERE conname IN ('pk_kpi_appointment',"
                + " 'chk_kpi_appointment_status', 'pk_location', 'fk_location_organization', 'fk_resource_location')")
                .query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE schemaname = 'read_model'"
                + " AND indexname = 'idx_kpi_appointment_organization_day'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT obj_description('read_model.daily_utilization'::regclass, 'pg_class')")
                .query(String.class).single()).startsWith("Per practitioner, location and local day");
        assertThat(jdbc.sql("SELECT has_table_privilege('kine_analyst', 'read_model.kpi_appointment', 'SELECT')")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname IN ('read_model_rebuild', 'clinical_rebuild')")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE schemaname = 'clinical'"
                + " AND indexname IN ('idx_attachment_case', 'pk_attachment', 'pk_visit_note_revision')")
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT obj_description('clinical.attachment'::regclass, 'pg_class')")
                .query(String.class).single()).startsWith("Metadata of files attached");
        assertThat(jdbc.sql("SELECT has_table_privilege('kine_analyst', 'clinical.visit_note', 'SELECT')")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT has_table_privilege('kine_analyst', 'read_model.visit', 'SELECT')")
                .query(Boolean.class).single()).isTrue();
        assertThat(count("clinical.attachment_content")).isEqualTo(contents);

        long before = kpi.generation();
        kpi.book(kpi.aPatient("After"), KpiClinic.MONDAY, 15);
        kpi.awaitKpiGeneration(before + 1);
    }

    private void awaitEveryProjectionCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).until(() -> positions.all(rebuilder.projections()).stream()
                .allMatch(ProjectionPositions.Position::caughtUp));
    }

    private Map<String, List<String>> everyTable() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        ProjectionCatalog.TABLES.values().stream().flatMap(List::stream).forEach(table -> rows.put(table,
                jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list()));
        return rows;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
