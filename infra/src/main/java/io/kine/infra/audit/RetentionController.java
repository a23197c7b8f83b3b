package io.kine.infra.audit;

import io.kine.command.audit.InvalidRetentionPolicy;
import io.kine.infra.security.KineUser;
import io.kine.kernel.audit.RetentionPolicyView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization's retention policy page. */
@Controller
class RetentionController {

    static final String RETENTION_VIEW = "audit/retention";

    private final Erasures erasures;

    RetentionController(Erasures erasures) {
        this.erasures = erasures;
    }

    @GetMapping("/audit/retention")
    @PreAuthorize("hasAuthority('settings.manage')")
    String show(@AuthenticationPrincipal KineUser user, Model model) {
        if (!model.containsAttribute("policy")) {
            model.addAttribute("policy", erasures.policy(user.organizationId()));
        }
        return RETENTION_VIEW;
    }

    @PostMapping("/audit/retention")
    @PreAuthorize("hasAuthority('settings.manage')")
    String change(@RequestParam int yearsAfterLastActivity, @RequestParam int minorsUntilAge,
            @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        try {
            erasures.setPolicy(user.organizationId(), yearsAfterLastActivity, minorsUntilAge);
        } catch (InvalidRetentionPolicy invalid) {
            model.addAttribute("policy", new RetentionPolicyView(yearsAfterLastActivity, minorsUntilAge, false));
            model.addAttribute("errors", invalid.violations());
            return RETENTION_VIEW;
        }
        redirect.addFlashAttribute("message", "erasure.retention.saved");
        return "redirect:/audit/retention";
    }
}
