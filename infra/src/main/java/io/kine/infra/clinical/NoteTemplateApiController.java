package io.kine.infra.clinical;

import io.kine.infra.security.KineUser;
import io.kine.kernel.clinical.NoteTemplateId;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/note-templates}: the organization's note templates. */
@RestController
class NoteTemplateApiController {

    private final ClinicalReads reads;
    private final ClinicalWrites writes;

    NoteTemplateApiController(ClinicalReads reads, ClinicalWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @GetMapping("/api/note-templates")
    @PreAuthorize("hasAuthority('clinical.read')")
    ClinicalJson.Data<ClinicalJson.TemplateResponse> list(@RequestParam(defaultValue = "false") boolean includeRetired,
            @AuthenticationPrincipal KineUser user) {
        return new ClinicalJson.Data<>(reads.templates(user.organizationId(), includeRetired).stream()
                .map(ClinicalJson.TemplateResponse::of).toList());
    }

    @PostMapping("/api/note-templates")
    @PreAuthorize("hasAuthority('clinical.write')")
    ResponseEntity<ClinicalJson.TemplateResponse> define(@RequestBody ClinicalJson.TemplateRequest request,
            @AuthenticationPrincipal KineUser user) {
        NoteTemplateId template = writes.defineTemplate(user.organizationId(), request.name(), request.sections());
        return ResponseEntity.created(URI.create("/api/note-templates/" + template))
                .body(ClinicalJson.TemplateResponse.of(reads.awaitTemplate(user.organizationId(), template, 0)));
    }

    /** Replaces the name and every section (a section left out is cleared). */
    @PutMapping("/api/note-templates/{id}")
    @PreAuthorize("hasAuthority('clinical.write')")
    ClinicalJson.TemplateResponse change(@PathVariable UUID id, @RequestBody ClinicalJson.TemplateRequest request,
            @AuthenticationPrincipal KineUser user) {
        long version = writes.changeTemplate(user.organizationId(), new NoteTemplateId(id), request.name(),
                request.sections());
        return ClinicalJson.TemplateResponse.of(reads.awaitTemplate(user.organizationId(), new NoteTemplateId(id), version));
    }

    @DeleteMapping("/api/note-templates/{id}")
    @PreAuthorize("hasAuthority('clinical.write')")
    ResponseEntity<Void> retire(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        long version = writes.retireTemplate(user.organizationId(), new NoteTemplateId(id));
        reads.awaitTemplate(user.organizationId(), new NoteTemplateId(id), version);
        return ResponseEntity.noContent().build();
    }
}
