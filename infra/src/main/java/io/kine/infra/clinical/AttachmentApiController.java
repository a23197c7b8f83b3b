package io.kine.infra.clinical;

import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CaseView;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments over the API: {@code multipart/form-data} uploads with a {@code file} part,
 * metadata lists, and the bytes behind a permission check and the access log.
 */
@RestController
class AttachmentApiController {

    private final ClinicalReads reads;
    private final ClinicalWrites writes;
    private final ChartAccessLog accessLog;
    private final AttachmentDownloads downloads;

    AttachmentApiController(ClinicalReads reads, ClinicalWrites writes, ChartAccessLog accessLog,
            AttachmentDownloads downloads) {
        this.reads = reads;
        this.writes = writes;
        this.accessLog = accessLog;
        this.downloads = downloads;
    }

    @GetMapping("/api/cases/{id}/attachments")
    @PreAuthorize("hasAuthority('clinical.read')")
    ClinicalJson.Data<ClinicalJson.AttachmentResponse> list(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        CaseView view = reads.caseOf(user.organizationId(), new CaseId(id));
        accessLog.record(user, view.patientId(), ChartAccessLog.Subject.CASE, id.toString(), ChartAccessLog.Channel.API);
        return new ClinicalJson.Data<>(reads.attachments(user.organizationId(), view.caseId()).stream()
                .map(ClinicalJson.AttachmentResponse::of).toList());
    }

    @PostMapping(path = "/api/cases/{id}/attachments", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('clinical.write')")
    ResponseEntity<ClinicalJson.AttachmentResponse> attachToCase(@PathVariable UUID id,
            @RequestParam("file") MultipartFile file, @AuthenticationPrincipal KineUser user) {
        AttachmentId attachment = writes.attachToCase(user.organizationId(), new CaseId(id), file.getOriginalFilename(),
                bytes(file));
        return created(user, attachment);
    }

    @PostMapping(path = "/api/visits/{id}/attachments", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('clinical.write')")
    ResponseEntity<ClinicalJson.AttachmentResponse> attachToVisit(@PathVariable UUID id,
            @RequestParam("file") MultipartFile file, @AuthenticationPrincipal KineUser user) {
        VisitView visit = reads.visit(user.organizationId(), new VisitId(id));
        AttachmentId attachment = writes.attachToVisit(user.organizationId(), visit.visitId(), file.getOriginalFilename(),
                bytes(file));
        return created(user, attachment);
    }

    @GetMapping("/api/attachments/{id}")
    @PreAuthorize("hasAuthority('clinical.read')")
    ClinicalJson.AttachmentResponse metadata(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return ClinicalJson.AttachmentResponse.of(reads.attachment(user.organizationId(), new AttachmentId(id))
                .orElseThrow(() -> new AttachmentNotFound(new AttachmentId(id))));
    }

    @GetMapping("/api/attachments/{id}/content")
    @PreAuthorize("hasAuthority('clinical.read')")
    ResponseEntity<byte[]> content(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return downloads.download(user, new AttachmentId(id), ChartAccessLog.Channel.API);
    }

    private ResponseEntity<ClinicalJson.AttachmentResponse> created(KineUser user, AttachmentId attachment) {
        return ResponseEntity.created(URI.create("/api/attachments/" + attachment))
                .body(ClinicalJson.AttachmentResponse.of(reads.awaitAttachment(user.organizationId(), attachment)));
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null) {
            throw new InvalidRequest("file", "validation.required");
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
