package io.kine.infra.clinical;

import io.kine.command.clinical.InvalidClinicalRecord;
import io.kine.infra.security.KineUser;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.identity.Permission;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization's note templates: list, add, retire. */
@Controller
class NoteTemplateController {

    static final String VIEW = "clinical/templates";

    private final ClinicalReads reads;
    private final ClinicalWrites writes;

    NoteTemplateController(ClinicalReads reads, ClinicalWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @GetMapping("/clinical/templates")
    @PreAuthorize("hasAuthority('clinical.read')")
    String list(@AuthenticationPrincipal KineUser user, Model model) {
        return page(user, model, new ClinicalJson.TemplateRequest(null, null, null, null, null), java.util.Map.of());
    }

    @PostMapping("/clinical/templates")
    @PreAuthorize("hasAuthority('clinical.write')")
    String define(@ModelAttribute ClinicalJson.TemplateRequest form, @AuthenticationPrincipal KineUser user, Model model,
            RedirectAttributes redirect) {
        try {
            NoteTemplateId template = writes.defineTemplate(user.organizationId(), form.name(), form.sections());
            reads.awaitTemplate(user.organizationId(), template, 0);
        } catch (InvalidClinicalRecord invalid) {
            return page(user, model, form, ClinicalForms.fieldErrors(invalid.violations()));
        }
        redirect.addFlashAttribute("message", "template.saved");
        return "redirect:/clinical/templates";
    }

    @PostMapping("/clinical/templates/{id}/retire")
    @PreAuthorize("hasAuthority('clinical.write')")
    String retire(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        long version = writes.retireTemplate(user.organizationId(), new NoteTemplateId(id));
        reads.awaitTemplate(user.organizationId(), new NoteTemplateId(id), version);
        redirect.addFlashAttribute("message", "template.retired");
        return "redirect:/clinical/templates";
    }

    private String page(KineUser user, Model model, ClinicalJson.TemplateRequest form, java.util.Map<String, String> errors) {
        model.addAttribute("templates", reads.templates(user.organizationId(), false));
        model.addAttribute("templateForm", form);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("canWrite", user.can(Permission.CLINICAL_WRITE));
        return VIEW;
    }
}
