package io.kine.infra.clinical;

import io.kine.command.clinical.AttachmentStore;
import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.security.KineUser;
import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.clinical.AttachmentView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves an attachment's bytes: only after the caller's permission was checked (by the
 * controller) and the attachment found in their organization, with the access logged; as a
 * download, with the type read from the bytes at upload, never cached. The bytes are checked
 * against the sha256 of the event before they leave, so an altered file is never served.
 */
@Component
class AttachmentDownloads {

    private final ClinicalReads reads;
    private final AttachmentStore store;
    private final ChartAccessLog accessLog;

    AttachmentDownloads(ClinicalReads reads, AttachmentStore store, ChartAccessLog accessLog) {
        this.reads = reads;
        this.store = store;
        this.accessLog = accessLog;
    }

    ResponseEntity<byte[]> download(KineUser user, AttachmentId id, ChartAccessLog.Channel channel) {
        AttachmentView attachment = reads.attachment(user.organizationId(), id)
                .orElseThrow(() -> new AttachmentNotFound(id));
        byte[] content = store.get(id, user.organizationId()).orElseThrow(() -> new AttachmentNotFound(id));
        if (!sha256(content).equals(attachment.sha256())) {
            throw new IllegalStateException("Stored bytes of attachment " + id + " do not match their sha256");
        }
        accessLog.record(user, attachment.patientId(), ChartAccessLog.Subject.ATTACHMENT, id.toString(), channel);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .eTag("\"" + attachment.sha256() + "\"")
                .body(content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
