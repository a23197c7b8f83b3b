package io.kine.infra.patients;

import io.kine.command.patients.PatientNotFound;
import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.audit.EventHistory;
import io.kine.infra.audit.HistoryEntry;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.ApiProblemFactory;
import io.kine.infra.web.MergePatch;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientPage;
import io.kine.kernel.patients.PatientSummary;
import io.kine.kernel.patients.PatientView;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/patients}: JSON in, JSON or problem details out. The organization and the actor
 * always come from the caller's session, never from the body.
 */
@RestController
@RequestMapping("/api/patients")
class PatientApiController {

    private final PatientReads reads;
    private final PatientWrites writes;
    private final EventHistory history;
    private final ObjectMapper json;
    private final ApiProblemFactory problems;
    private final ChartAccessLog accessLog;

    PatientApiController(PatientReads reads, PatientWrites writes, EventHistory history, ObjectMapper json,
            ApiProblemFactory problems, ChartAccessLog accessLog) {
        this.accessLog = accessLog;
        this.reads = reads;
        this.writes = writes;
        this.history = history;
        this.json = json;
        this.problems = problems;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('patient.read')")
    PatientJson.PatientList list(@ModelAttribute PatientListParameters parameters, @AuthenticationPrincipal KineUser user) {
        PatientPage page = reads.find(parameters.toQuery(user.organizationId()));
        return new PatientJson.PatientList(page.items().stream().map(PatientJson.PatientListItem::of).toList(),
                new PatientJson.PageMeta(page.total(), page.page(), page.pageSize()));
    }

    /**
     * Registers a patient. A possible duplicate (same name and birth date) is answered with 409
     * and the candidates until the client resends with {@code "acknowledgeDuplicate": true}.
     * With an {@code Idempotency-Key}, a retry answers 200 with the patient already created.
     */
    @PostMapping
    @PreAuthorize("hasAuthority('patient.write')")
    ResponseEntity<?> register(@RequestBody PatientJson.PatientRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @AuthenticationPrincipal KineUser user, Locale locale) {
        OrganizationId organization = user.organizationId();
        PatientId patient = PatientWrites.patientIdFor(organization, idempotencyKey);
        PatientDetails details = request.toDetails();
        List<PatientSummary> duplicates = reads.possibleDuplicates(organization, details, patient);
        if (!duplicates.isEmpty() && !request.duplicateAcknowledged()) {
            ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "possible-duplicate",
                    "patient.possibleDuplicate", locale);
            problem.setProperty("duplicates", duplicates.stream().map(PatientJson.PatientListItem::of).toList());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        boolean created = writes.register(patient, organization, details);
        PatientView view = reads.awaitVersion(organization, patient, 0).orElseThrow(() -> new PatientNotFound(patient));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/patients/" + patient.value()))
                .eTag(etag(view))
                .body(PatientJson.PatientResponse.of(view));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('patient.read')")
    ResponseEntity<PatientJson.PatientResponse> get(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        PatientView view = reads.get(user.organizationId(), new PatientId(id))
                .orElseThrow(() -> new PatientNotFound(new PatientId(id)));
        accessLog.chartOpened(user, view.patientId(), ChartAccessLog.Channel.API);
        return ResponseEntity.ok().eTag(etag(view)).body(PatientJson.PatientResponse.of(view));
    }

    /**
     * A JSON merge patch (RFC 7396): fields present replace, {@code null} clears, absent stay.
     * {@code If-Match} with the ETag of a GET makes the change fail with 409 if someone else
     * changed the patient in between.
     */
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('patient.write')")
    ResponseEntity<PatientJson.PatientResponse> update(@PathVariable UUID id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        PatientId patient = new PatientId(id);
        PatientView current = reads.get(organization, patient).orElseThrow(() -> new PatientNotFound(patient));
        PatientJson.PatientRequest merged = MergePatch.apply(json, PatientJson.PatientRequest.of(current.details()),
                patch, PatientJson.PatientRequest.class);
        long version = writes.update(patient, organization, merged.toDetails(), expectedVersion(ifMatch));
        PatientView view = reads.awaitVersion(organization, patient, version).orElseThrow(() -> new PatientNotFound(patient));
        return ResponseEntity.ok().eTag(etag(view)).body(PatientJson.PatientResponse.of(view));
    }

    /** Archives (soft-deletes) the patient: gone from lists, history kept. Repeating it is harmless. */
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('patient.write')")
    ResponseEntity<Void> archive(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        long version = writes.archive(new PatientId(id), user.organizationId());
        reads.awaitVersion(user.organizationId(), new PatientId(id), version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAuthority('patient.write')")
    PatientJson.PatientResponse restore(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        PatientId patient = new PatientId(id);
        long version = writes.restore(patient, user.organizationId());
        return PatientJson.PatientResponse.of(reads.awaitVersion(user.organizationId(), patient, version)
                .orElseThrow(() -> new PatientNotFound(patient)));
    }

    /** Every event of the patient, newest first: what changed, who, when, in which request. */
    @GetMapping("/{id}/history")
    @PreAuthorize("hasAuthority('patient.read')")
    Map<String, List<HistoryEntry>> history(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        PatientId patient = new PatientId(id);
        reads.get(user.organizationId(), patient).orElseThrow(() -> new PatientNotFound(patient));
        accessLog.record(user, patient, ChartAccessLog.Subject.PATIENT_HISTORY, id.toString(), ChartAccessLog.Channel.API);
        return Map.of("data", history.of(patient.value().toString()));
    }

    private static String etag(PatientView view) {
        return "\"" + view.version() + "\"";
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException notOurs) {
            throw new io.kine.infra.web.InvalidRequest("If-Match", "validation.ifMatch");
        }
    }
}
