package io.kine.infra.audit;

import io.kine.infra.security.KineUser;
import io.kine.kernel.audit.RetentionPolicyView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/audit/retention-policy}: read (auditors too) and change (settings.manage) the retention policy. */
@RestController
class RetentionApiController {

    /** The policy as the API takes it. */
    record PolicyRequest(int yearsAfterLastActivity, int minorsUntilAge) {
    }

    private final Erasures erasures;

    RetentionApiController(Erasures erasures) {
        this.erasures = erasures;
    }

    @GetMapping("/api/audit/retention-policy")
    @PreAuthorize("hasAuthority('settings.manage') or hasAuthority('audit.read')")
    RetentionPolicyView policy(@AuthenticationPrincipal KineUser user) {
        return erasures.policy(user.organizationId());
    }

    @PutMapping("/api/audit/retention-policy")
    @PreAuthorize("hasAuthority('settings.manage')")
    ResponseEntity<RetentionPolicyView> setPolicy(@RequestBody PolicyRequest request,
            @AuthenticationPrincipal KineUser user) {
        erasures.setPolicy(user.organizationId(), request.yearsAfterLastActivity(), request.minorsUntilAge());
        return ResponseEntity.ok(erasures.policy(user.organizationId()));
    }
}
