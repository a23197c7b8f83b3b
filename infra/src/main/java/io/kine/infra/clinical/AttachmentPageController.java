package io.kine.infra.clinical;

import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.security.KineUser;
import io.kine.kernel.clinical.AttachmentId;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads from the pages: the same checks as the API, logged as a web access. */
@Controller
class AttachmentPageController {

    private final AttachmentDownloads downloads;

    AttachmentPageController(AttachmentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/attachments/{id}")
    @PreAuthorize("hasAuthority('clinical.read')")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return downloads.download(user, new AttachmentId(id), ChartAccessLog.Channel.WEB);
    }
}
