package io.kine.infra.clinical;

import io.kine.command.Rejection;
import io.kine.command.clinical.InvalidClinicalRecord;
import io.kine.command.clinical.VisitNoteLocked;
import io.kine.infra.security.KineUser;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitView;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the note editor does with a submitted note: save it as a revision (and sign it), and
 * on a refusal show the editor again with the text exactly as typed, so nothing is lost.
 */
@Component
class NoteEditing {

    private final ClinicalReads reads;
    private final ClinicalWrites writes;
    private final MessageSource messages;

    NoteEditing(ClinicalReads reads, ClinicalWrites writes, MessageSource messages) {
        this.reads = reads;
        this.writes = writes;
        this.messages = messages;
    }

    String editor(KineUser user, VisitView visit, ClinicalForms.NoteForm form, Map<String, String> errors, String error,
            Model model) {
        model.addAttribute("visit", visit);
        model.addAttribute("case", reads.caseOf(user.organizationId(), visit.caseId()));
        model.addAttribute("noteForm", form);
        model.addAttribute("templates", reads.templates(user.organizationId(), false));
        model.addAttribute("fieldErrors", errors);
        if (error != null) {
            model.addAttribute("error", error);
        }
        return VisitController.EDITOR;
    }

    String saveThen(KineUser user, VisitId visitId, ClinicalForms.NoteForm form, Model model,
            RedirectAttributes redirect, boolean sign) {
        VisitView visit = reads.visit(user.organizationId(), visitId);
        try {
            long version = writes.revise(user.organizationId(), visitId, form.note(), form.measures(), form.template(),
                    form.baseRevision());
            if (sign) {
                version = writes.sign(user.organizationId(), visitId);
            }
            reads.awaitVisit(user.organizationId(), visitId, version);
        } catch (VisitNoteLocked locked) {
            redirect.addFlashAttribute("error", locked.messageKey());
            return "redirect:/visits/" + visitId;
        } catch (InvalidClinicalRecord invalid) {
            return editor(user, visit, form, ClinicalForms.fieldErrors(invalid.violations()), invalid.messageKey(), model);
        } catch (Rejection refused) {
            return editor(user, reads.visit(user.organizationId(), visitId), form, Map.of(), refused.messageKey(), model);
        }
        redirect.addFlashAttribute("message", sign ? "note.signed" : "note.saved");
        return sign ? "redirect:/visits/" + visitId : "redirect:/visits/" + visitId + "/edit";
    }

    ResponseEntity<Map<String, Object>> autosave(KineUser user, VisitId visitId, ClinicalForms.NoteForm form,
            Locale locale) {
        try {
            long version = writes.revise(user.organizationId(), visitId, form.note(), form.measures(), form.template(),
                    form.baseRevision());
            VisitView visit = reads.awaitVisit(user.organizationId(), visitId, version);
            return ResponseEntity.ok(Map.of("revision", visit.revision(), "version", visit.version()));
        } catch (Rejection refused) {
            HttpStatus status = switch (refused.kind()) {
                case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case CONFLICT -> HttpStatus.CONFLICT;
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
            };
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", io.kine.infra.web.ApiProblemFactory.TYPE_BASE + refused.problemType());
            problem.put("detail", messages.getMessage(refused.messageKey() + ".detail", null,
                    messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale), locale));
            return ResponseEntity.status(status).body(problem);
        }
    }
}
