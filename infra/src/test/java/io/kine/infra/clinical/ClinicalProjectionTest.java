package io.kine.infra.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The clinical projections rebuild exactly the same rows when replayed, twice. */
@KineIntegrationTest
class ClinicalProjectionTest {

    /** Every clinical table, with the column that scopes it to one organization. */
    static final List<String> TABLES = List.of("read_model.clinical_case", "clinical.case_text", "read_model.visit",
            "read_model.visit_outcome_measure", "clinical.visit_note", "clinical.visit_note_revision",
            "clinical.visit_addendum", "clinical.attachment", "read_model.note_template");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;

    @Test
    void replayingTheClinicalProjectionsTwiceRebuildsTheSameRows() throws Exception {
        Clinic clinic = new TestClinics(context).aClinic();
        KineUser practitioner = clinic.user(Role.PRACTITIONER);
        ClinicalRecords records = new ClinicalRecords(mvc);
        String caseId = records.aCase(practitioner, records.aPatient(clinic.user(Role.ASSISTANT)));
        String signed = ClinicalFixtures.aSignedVisit(mvc, practitioner, caseId);
        records.json(post("/api/visits/" + signed + "/addenda"), practitioner, "{\"text\": \"Appel du patient\"}")
                .andExpect(status().isCreated());
        String draft = records.aVisit(practitioner, caseId);
        records.saveNote(practitioner, draft, "Mieux", 2).andExpect(status().isOk());
        records.saveNote(practitioner, draft, "Beaucoup mieux", 1).andExpect(status().isOk());
        mvc.perform(multipart("/api/cases/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", "lettre.pdf", "application/pdf", ClinicalAttachmentTest.PDF))
                .with(user(practitioner)).with(csrf())).andExpect(status().isCreated());
        records.json(post("/api/note-templates"), practitioner, "{\"name\": \"Épaule\", \"plan\": \"Pendulaires\"}")
                .andExpect(status().isCreated());
        records.json(post("/api/cases/" + caseId + "/close"), practitioner, "{\"outcome\": \"Guéri\"}")
                .andExpect(status().isOk());
        Map<String, List<Map<String, Object>>> before = rows(clinic);

        for (int i = 0; i < 2; i++) {
            replay("clinical-case", "visit", "note-template");
            await().atMost(Duration.ofSeconds(60)).until(() -> rows(clinic).equals(before));
        }

        assertThat(rows(clinic)).isEqualTo(before);
        assertThat(before.get("clinical.visit_note_revision")).hasSize(3);
        assertThat(before.get("read_model.visit_outcome_measure")).hasSize(2);
    }

    private void replay(String... groups) {
        for (String group : groups) {
            PooledStreamingEventProcessor processor = processing
                    .eventProcessor(group, PooledStreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        for (String group : groups) {
            PooledStreamingEventProcessor processor = processing
                    .eventProcessor(group, PooledStreamingEventProcessor.class).orElseThrow();
            await().atMost(Duration.ofSeconds(60)).until(() -> !processor.isReplaying());
        }
    }

    private Map<String, List<Map<String, Object>>> rows(Clinic clinic) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.sql("SELECT * FROM " + table + " WHERE organization_id = :org ORDER BY 1, 2")
                    .param("org", clinic.organizationId().value()).query().listOfRows().stream()
                    .map(row -> {
                        Map<String, Object> copy = new LinkedHashMap<>(row);
                        copy.replaceAll((column, value) -> value instanceof org.postgresql.util.PGobject json
                                ? json.getValue() : value);
                        return copy;
                    }).toList());
        }
        return rows;
    }
}
