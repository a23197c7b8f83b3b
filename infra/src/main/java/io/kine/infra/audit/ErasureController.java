package io.kine.infra.audit;

import io.kine.command.patients.PatientIsErased;
import io.kine.command.patients.PatientNotFound;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.ErasureOutcome;
import io.kine.kernel.patients.PatientId;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The erasure page of a patient: the retention date, and the owner's override with a reason. */
@Controller
@PreAuthorize("hasAuthority('patient.erase')")
class ErasureController {

    static final String ERASURE_VIEW = "audit/erasure";

    private final Erasures erasures;

    ErasureController(Erasures erasures) {
        this.erasures = erasures;
    }

    @GetMapping("/patients/{id}/erasure")
    String initErasureForm(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        return form(erasures.subject(user.organizationId(), new PatientId(id)), user, model);
    }

    @PostMapping("/patients/{id}/erasure")
    String processErasureForm(@PathVariable UUID id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        ErasureOutcome outcome = erasures.erase(user.organizationId(), new PatientId(id), reason);
        if (outcome.erased()) {
            redirect.addFlashAttribute("message", "erasure.done");
            return "redirect:/patients/" + id;
        }
        model.addAttribute("refusedUntil", outcome.retainedUntil());
        model.addAttribute("reason", reason);
        return form(erasures.subject(user.organizationId(), new PatientId(id)), user, model);
    }

    private String form(Erasures.Subject subject, KineUser user, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("retainedUntil", subject.erased() ? null : erasures.retainedUntil(user.organizationId(), subject));
        model.addAttribute("canOverride", user.roles().contains(Role.OWNER));
        return ERASURE_VIEW;
    }

    @ExceptionHandler(PatientNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "patients/not-found";
    }

    @ExceptionHandler(PatientIsErased.class)
    String alreadyErased(PatientIsErased erased) {
        return "redirect:/patients";
    }
}
