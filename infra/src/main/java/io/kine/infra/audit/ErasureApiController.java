package io.kine.infra.audit;

import io.kine.infra.security.KineUser;
import io.kine.infra.web.ApiProblemFactory;
import io.kine.kernel.patients.ErasureOutcome;
import io.kine.kernel.patients.PatientId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/patients/{id}/erasure}: 200 when erased; 409 {@code retention-period} with
 * {@code retainedUntil} when refused (and the refusal recorded as an event).
 */
@RestController
class ErasureApiController {

    /** The owner's reason for erasing before the end of the retention period; optional otherwise. */
    record ErasureRequest(String reason) {
    }

    private final Erasures erasures;
    private final ApiProblemFactory problems;

    ErasureApiController(Erasures erasures, ApiProblemFactory problems) {
        this.erasures = erasures;
        this.problems = problems;
    }

    @PostMapping("/api/patients/{id}/erasure")
    @PreAuthorize("hasAuthority('patient.erase')")
    ResponseEntity<?> erase(@PathVariable UUID id, @RequestBody(required = false) ErasureRequest request,
            @AuthenticationPrincipal KineUser user, Locale locale) {
        ErasureOutcome outcome = erasures.erase(user.organizationId(), new PatientId(id),
                request == null ? null : request.reason());
        if (outcome.erased()) {
            return ResponseEntity.ok(Map.of("erased", true));
        }
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "retention-period", "erasure.refused", locale);
        problem.setProperty("retainedUntil", outcome.retainedUntil().toString());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
