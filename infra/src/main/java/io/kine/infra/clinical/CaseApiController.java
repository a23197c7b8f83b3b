package io.kine.infra.clinical;

import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.audit.EventHistory;
import io.kine.infra.audit.HistoryEntry;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.MergePatch;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CaseView;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitView;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/patients/{id}/cases} and {@code /api/cases/{id}}: cases and the visits under
 * them. Every opening of a case or of notes is written to the access log.
 */
@RestController
class CaseApiController {

    private final ClinicalReads reads;
    private final ClinicalWrites writes;
    private final ChartAccessLog accessLog;
    private final EventHistory history;
    private final ObjectMapper json;
    private final ClinicalAccess access;

    CaseApiController(ClinicalReads reads, ClinicalWrites writes, ChartAccessLog accessLog, ObjectMapper json,
            ClinicalAccess access, EventHistory history) {
        this.history = history;
        this.access = access;
        this.reads = reads;
        this.writes = writes;
        this.accessLog = accessLog;
        this.json = json;
    }

    @GetMapping("/api/patients/{id}/cases")
    @PreAuthorize("hasAuthority('clinical.read')")
    ClinicalJson.Data<ClinicalJson.CaseResponse> cases(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        PatientId patient = access.patient(user, new PatientId(id)).patientId();
        List<CaseView> cases = reads.cases(user.organizationId(), patient);
        accessLog.chartOpened(user, patient, ChartAccessLog.Channel.API);
        return new ClinicalJson.Data<>(cases.stream().map(ClinicalJson.CaseResponse::of).toList());
    }

    /**
     * The visit timeline: when, with whom, draft or signed, never what was written. Open to
     * everyone who reads patients (the front desk sees that a visit happened).
     */
    @GetMapping("/api/patients/{id}/visits")
    @PreAuthorize("hasAuthority('patient.read')")
    ClinicalJson.Data<ClinicalJson.VisitSummaryResponse> timeline(@PathVariable UUID id,
            @AuthenticationPrincipal KineUser user) {
        PatientId patient = access.patient(user, new PatientId(id)).patientId();
        accessLog.chartOpened(user, patient, ChartAccessLog.Channel.API);
        return new ClinicalJson.Data<>(reads.timeline(user.organizationId(), patient).stream()
                .map(ClinicalJson.VisitSummaryResponse::of).toList());
    }

    /** Opens a case; the practitioner defaults to the caller. */
    @PostMapping("/api/patients/{id}/cases")
    @PreAuthorize("hasAuthority('clinical.write')")
    ResponseEntity<ClinicalJson.CaseResponse> open(@PathVariable UUID id, @RequestBody ClinicalJson.CaseRequest request,
            @AuthenticationPrincipal KineUser user) {
        UserId practitioner = request.practitionerId() == null ? user.userId() : new UserId(request.practitionerId());
        CaseId caseId = writes.openCase(user.organizationId(), new PatientId(id), practitioner, request.toDetails());
        CaseView view = reads.awaitCase(user.organizationId(), caseId, 0);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(ClinicalJson.CaseResponse.of(view));
    }

    @GetMapping("/api/cases/{id}")
    @PreAuthorize("hasAuthority('clinical.read')")
    ClinicalJson.CaseResponse get(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        CaseView view = reads.caseOf(user.organizationId(), new CaseId(id));
        accessLog.record(user, view.patientId(), ChartAccessLog.Subject.CASE, id.toString(), ChartAccessLog.Channel.API);
        return ClinicalJson.CaseResponse.of(view);
    }

    /** The case's events in the History tab's rendering; 404 for another clinic's case. */
    @GetMapping("/api/cases/{id}/history")
    @PreAuthorize("hasAuthority('clinical.read')")
    Map<String, List<HistoryEntry>> history(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        CaseView view = reads.caseOf(user.organizationId(), new CaseId(id));
        accessLog.record(user, view.patientId(), ChartAccessLog.Subject.CASE_HISTORY, id.toString(),
                ChartAccessLog.Channel.API);
        return Map.of("data", history.of(user.organizationId().value(), id.toString()));
    }

    /** A JSON merge patch of the details and the practitioner in charge. */
    @PatchMapping(path = "/api/cases/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('clinical.write')")
    ClinicalJson.CaseResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch,
            @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        CaseId caseId = new CaseId(id);
        CaseView current = reads.caseOf(organization, caseId);
        ClinicalJson.CaseRequest merged = MergePatch.apply(json, ClinicalJson.CaseRequest.of(current), patch,
                ClinicalJson.CaseRequest.class);
        long version = writes.reviseCase(organization, caseId, merged.toDetails());
        if (merged.practitionerId() != null && !Objects.equals(merged.practitionerId(), current.practitionerId().value())) {
            version = writes.reassign(organization, caseId, new UserId(merged.practitionerId()));
        }
        return ClinicalJson.CaseResponse.of(reads.awaitCase(organization, caseId, version));
    }

    @PostMapping("/api/cases/{id}/close")
    @PreAuthorize("hasAuthority('clinical.write')")
    ClinicalJson.CaseResponse close(@PathVariable UUID id, @RequestBody ClinicalJson.OutcomeRequest request,
            @AuthenticationPrincipal KineUser user) {
        long version = writes.close(user.organizationId(), new CaseId(id), request.outcome());
        return ClinicalJson.CaseResponse.of(reads.awaitCase(user.organizationId(), new CaseId(id), version));
    }

    @PostMapping("/api/cases/{id}/reopen")
    @PreAuthorize("hasAuthority('clinical.write')")
    ClinicalJson.CaseResponse reopen(@PathVariable UUID id, @RequestBody ClinicalJson.ReasonRequest request,
            @AuthenticationPrincipal KineUser user) {
        long version = writes.reopen(user.organizationId(), new CaseId(id), request.reason());
        return ClinicalJson.CaseResponse.of(reads.awaitCase(user.organizationId(), new CaseId(id), version));
    }

    /** The case's visits with their latest notes: each note opened is logged. */
    @GetMapping("/api/cases/{id}/visits")
    @PreAuthorize("hasAuthority('clinical.read')")
    ClinicalJson.Data<ClinicalJson.VisitResponse> visits(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        CaseView view = reads.caseOf(user.organizationId(), new CaseId(id));
        List<VisitView> visits = reads.visits(user.organizationId(), view.caseId());
        visits.forEach(v -> accessLog.record(user, view.patientId(), ChartAccessLog.Subject.VISIT_NOTE,
                v.visitId().toString(), ChartAccessLog.Channel.API));
        return new ClinicalJson.Data<>(visits.stream().map(ClinicalJson.VisitResponse::of).toList());
    }

    /** Starts a visit (today unless {@code visitedOn}); with {@code appointmentId}, that appointment's visit. */
    @PostMapping("/api/cases/{id}/visits")
    @PreAuthorize("hasAuthority('clinical.write')")
    ResponseEntity<ClinicalJson.VisitResponse> startVisit(@PathVariable UUID id,
            @RequestBody ClinicalJson.VisitRequest request, @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        CaseView view = reads.caseOf(organization, new CaseId(id));
        UserId practitioner = request.practitionerId() != null ? new UserId(request.practitionerId())
                : ClinicalAccess.visitPractitioner(user, view);
        VisitId visit = writes.startVisit(organization, view.caseId(), view.patientId(), practitioner,
                request.visitedOn() == null ? access.today() : request.visitedOn(),
                request.appointmentId() == null ? null : new AppointmentId(request.appointmentId()));
        VisitView started = reads.awaitVisit(organization, visit, 0);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/visits/" + visit))
                .body(ClinicalJson.VisitResponse.of(started));
    }
}
