package io.kine.infra.clinical;

import io.kine.command.clinical.VisitNoteLocked;
import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.audit.EventHistory;
import io.kine.infra.audit.HistoryEntry;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.clinical.NoteRevisionView;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitStatus;
import io.kine.kernel.clinical.VisitView;
import io.kine.kernel.organization.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code /api/visits/{id}}: the note, its revisions and the diff between two, addenda. */
@RestController
class VisitApiController {

    private static final Set<String> PATCH_FIELDS = Set.of("note", "measures", "templateId", "baseRevision", "status");
    private static final Set<String> SECTIONS = Set.of("subjective", "objective", "assessment", "plan");

    private final ClinicalReads reads;
    private final ClinicalWrites writes;
    private final ChartAccessLog accessLog;
    private final EventHistory history;
    private final ObjectMapper json;

    VisitApiController(ClinicalReads reads, ClinicalWrites writes, ChartAccessLog accessLog, ObjectMapper json,
            EventHistory history) {
        this.history = history;
        this.reads = reads;
        this.writes = writes;
        this.accessLog = accessLog;
        this.json = json;
    }

    @GetMapping("/api/visits/{id}")
    @PreAuthorize("hasAuthority('clinical.read')")
    ClinicalJson.VisitResponse get(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        VisitView visit = reads.visit(user.organizationId(), new VisitId(id));
        accessLog.record(user, visit.patientId(), ChartAccessLog.Subject.VISIT_NOTE, id.toString(), ChartAccessLog.Channel.API);
        return ClinicalJson.VisitResponse.of(visit);
    }

    /** The visit's events (note saves with each SOAP section before and after, signature, addenda); 404 elsewhere. */
    @GetMapping("/api/visits/{id}/history")
    @PreAuthorize("hasAuthority('clinical.read')")
    Map<String, List<HistoryEntry>> history(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        VisitView visit = reads.visit(user.organizationId(), new VisitId(id));
        accessLog.record(user, visit.patientId(), ChartAccessLog.Subject.VISIT_HISTORY, id.toString(),
                ChartAccessLog.Channel.API);
        return Map.of("data", history.of(user.organizationId().value(), id.toString()));
    }

    /**
     * Saves the note (sections present replace, {@code null} clears, absent stay; {@code measures}
     * replaces the list) as a new revision, then signs it when {@code "status": "SIGNED"}.
     * {@code baseRevision} makes the save fail with 409 if someone saved since. A signed note
     * answers 409 {@code note-signed} to any change.
     */
    @PatchMapping(path = "/api/visits/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('clinical.write')")
    ClinicalJson.VisitResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch,
            @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        VisitId visitId = new VisitId(id);
        if (!patch.isObject()) {
            throw new InvalidRequest("body", "validation.jsonObject");
        }
        patch.propertyNames().forEach(field -> {
            if (!PATCH_FIELDS.contains(field)) {
                throw new InvalidRequest(field, "error.invalidRequest");
            }
        });
        VisitView current = reads.visit(organization, visitId);
        long version = current.version();
        if (patch.has("note") || patch.has("measures")) {
            version = writes.revise(organization, visitId, mergedNote(current.note(), patch.get("note")),
                    patch.has("measures") ? measures(patch.get("measures")) : current.measures(),
                    patch.hasNonNull("templateId") ? NoteTemplateId.of(patch.get("templateId").asString()) : null,
                    patch.hasNonNull("baseRevision") ? patch.get("baseRevision").asInt() : null);
        }
        if (patch.hasNonNull("status")) {
            VisitStatus status = VisitStatus.valueOf(patch.get("status").asString());
            if (status == VisitStatus.SIGNED) {
                version = writes.sign(organization, visitId);
            } else if (current.status() == VisitStatus.SIGNED) {
                throw new VisitNoteLocked(visitId);
            }
        }
        return ClinicalJson.VisitResponse.of(reads.awaitVisit(organization, visitId, version));
    }

    @GetMapping("/api/visits/{id}/revisions")
    @PreAuthorize("hasAuthority('clinical.read')")
    ClinicalJson.Data<ClinicalJson.RevisionResponse> revisions(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        List<NoteRevisionView> revisions = openRevisions(user, new VisitId(id));
        return new ClinicalJson.Data<>(revisions.stream().map(ClinicalJson.RevisionResponse::of).toList());
    }

    @GetMapping("/api/visits/{id}/revisions/{revision}")
    @PreAuthorize("hasAuthority('clinical.read')")
    ClinicalJson.RevisionResponse revision(@PathVariable UUID id, @PathVariable int revision,
            @AuthenticationPrincipal KineUser user) {
        return ClinicalJson.RevisionResponse.of(pick(openRevisions(user, new VisitId(id)), revision, "revision"));
    }

    /** Two revisions side by side, section by section, with deleted and added words marked. */
    @GetMapping("/api/visits/{id}/diff")
    @PreAuthorize("hasAuthority('clinical.read')")
    Map<String, Object> diff(@PathVariable UUID id, @RequestParam int from, @RequestParam int to,
            @AuthenticationPrincipal KineUser user) {
        List<NoteRevisionView> revisions = openRevisions(user, new VisitId(id));
        return Map.of("from", from, "to", to,
                "sections", RevisionDiff.between(pick(revisions, from, "from"), pick(revisions, to, "to")));
    }

    @PostMapping("/api/visits/{id}/addenda")
    @PreAuthorize("hasAuthority('clinical.write')")
    org.springframework.http.ResponseEntity<ClinicalJson.VisitResponse> addAddendum(@PathVariable UUID id,
            @RequestBody ClinicalJson.AddendumRequest request, @AuthenticationPrincipal KineUser user) {
        long version = writes.addAddendum(user.organizationId(), new VisitId(id), request.text());
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .body(ClinicalJson.VisitResponse.of(reads.awaitVisit(user.organizationId(), new VisitId(id), version)));
    }

    private List<NoteRevisionView> openRevisions(KineUser user, VisitId visitId) {
        VisitView visit = reads.visit(user.organizationId(), visitId);
        accessLog.record(user, visit.patientId(), ChartAccessLog.Subject.NOTE_REVISIONS, visitId.toString(),
                ChartAccessLog.Channel.API);
        return reads.revisions(user.organizationId(), visitId);
    }

    private static NoteRevisionView pick(List<NoteRevisionView> revisions, int number, String parameter) {
        return revisions.stream().filter(r -> r.revision() == number).findFirst()
                .orElseThrow(() -> new InvalidRequest(parameter, "note.noSuchRevision"));
    }

    private SoapNote mergedNote(SoapNote current, JsonNode patch) {
        if (patch == null || patch.isNull()) {
            return current;
        }
        if (!patch.isObject()) {
            throw new InvalidRequest("note", "validation.jsonObject");
        }
        patch.propertyNames().forEach(field -> {
            if (!SECTIONS.contains(field)) {
                throw new InvalidRequest("note." + field, "error.invalidRequest");
            }
        });
        return new SoapNote(section(patch, "subjective", current.subjective()), section(patch, "objective", current.objective()),
                section(patch, "assessment", current.assessment()), section(patch, "plan", current.plan()));
    }

    private static String section(JsonNode patch, String name, String current) {
        if (!patch.has(name)) {
            return current;
        }
        return patch.get(name).isNull() ? null : patch.get(name).asString();
    }

    private List<OutcomeMeasure> measures(JsonNode measures) {
        if (measures == null || measures.isNull()) {
            return List.of();
        }
        ClinicalJson.Measure[] parsed = json.treeToValue(measures, ClinicalJson.Measure[].class);
        return ClinicalJson.Measure.toDomain(List.of(parsed));
    }
}
