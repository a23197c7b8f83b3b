package io.kine.infra.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Attachments: type read from the bytes, size limit, sha256 kept and checked, download behind permission. */
@KineIntegrationTest
class ClinicalAttachmentTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser practitioner;
    String caseId;
    String visit;

    @BeforeEach
    void aVisit() throws Exception {
        clinic = new TestClinics(context).aClinic();
        practitioner = clinic.user(Role.PRACTITIONER);
        ClinicalRecords records = new ClinicalRecords(mvc);
        caseId = records.aCase(practitioner, records.aPatient(clinic.user(Role.ASSISTANT)));
        visit = records.aVisit(practitioner, caseId);
    }

    @Test
    void aFileDisguisedByItsExtensionIsRefusedAndNothingIsStored() throws Exception {
        byte[] html = "<html><body><script>steal()</script></body></html>".getBytes(StandardCharsets.UTF_8);

        upload("/api/visits/" + visit + "/attachments", "compte-rendu.pdf", "application/pdf", html)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/attachment-refused"))
                .andExpect(jsonPath("$.errors[0].code").value("attachment.typeNotAllowed"));

        assertThat(count("SELECT count(*) FROM clinical.attachment_content WHERE organization_id = :org")).isZero();
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%AttachmentAdded'"
                + " AND meta_data::jsonb ->> 'organizationId' = CAST(:org AS text)")).isZero();
    }

    @Test
    void theTypeComesFromTheBytesNotTheNameOrTheClaimedType() throws Exception {
        upload("/api/cases/" + caseId + "/attachments", "radio.pdf", "application/pdf", PNG)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.fileName").value("radio.pdf"));
    }

    @Test
    void theStoredSha256MatchesTheBytesInTheEventTheTableAndTheDownload() throws Exception {
        String expected = AttachmentDownloads.sha256(PDF);
        String attachment = ClinicalRecords.id(upload("/api/visits/" + visit + "/attachments", "bilan.pdf",
                "application/octet-stream", PDF)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(expected))
                .andExpect(jsonPath("$.sizeBytes").value(PDF.length))
                .andExpect(jsonPath("$.visitId").value(visit)), "$.attachmentId");

        assertThat(jdbc.sql("SELECT encode(sha256(content), 'hex') FROM clinical.attachment_content WHERE attachment_id = :id")
                .param("id", UUID.fromString(attachment)).query(String.class).single()).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT payload::jsonb ->> 'sha256' FROM domain_event_entry WHERE payload_type LIKE '%AttachmentAdded'"
                        + " AND payload::jsonb ->> 'attachmentId' = :id")
                .param("id", attachment).query(String.class).single()).isEqualTo(expected);
        byte[] downloaded = mvc.perform(get("/api/attachments/" + attachment + "/content").with(user(practitioner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
    }

    @Test
    void downloadNeedsPermissionAndTheSameClinic() throws Exception {
        String attachment = ClinicalRecords.id(upload("/api/cases/" + caseId + "/attachments", "ordonnance.pdf",
                "application/pdf", PDF).andExpect(status().isCreated()), "$.attachmentId");

        for (Role role : new Role[] {Role.ASSISTANT, Role.PATIENT}) {
            mvc.perform(get("/api/attachments/" + attachment + "/content").with(user(clinic.user(role))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/attachments/" + attachment).with(user(clinic.user(role)))).andExpect(status().isForbidden());
        }
        KineUser otherClinic = new TestClinics(context).aClinic().user(Role.OWNER);
        mvc.perform(get("/api/attachments/" + attachment + "/content").with(user(otherClinic)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attachments/" + attachment).with(user(otherClinic))).andExpect(status().isNotFound());
        mvc.perform(get("/api/attachments/" + attachment + "/content").with(user(clinic.user(Role.AUDITOR))))
                .andExpect(status().isOk());
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload("/api/visits/" + visit + "/attachments", "scanner.pdf", "application/pdf", big)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("attachment.tooLarge"));
    }

    @Test
    void theCasePageUploadsAndListsAFile() throws Exception {
        mvc.perform(multipart("/cases/" + caseId + "/attachments")
                        .file(new MockMultipartFile("file", "échographie.png", "image/png", PNG))
                        .with(user(practitioner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/cases/" + caseId).with(user(practitioner)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("échographie.png").contains("image/png");
    }

    private ResultActions upload(String path, String name, String claimedType, byte[] content) throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("file", name, claimedType, content))
                .with(user(practitioner)).with(csrf()));
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("org", clinic.organizationId().value()).query(Long.class).single();
    }
}
