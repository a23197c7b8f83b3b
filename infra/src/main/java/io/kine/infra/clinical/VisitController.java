package io.kine.infra.clinical;

import io.kine.command.Rejection;
import io.kine.command.clinical.AttachmentRefused;
import io.kine.command.clinical.InvalidClinicalRecord;
import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.audit.EventHistory;
import io.kine.infra.billing.VisitBillingPanel;
import io.kine.infra.security.KineUser;
import io.kine.kernel.clinical.NoteRevisionView;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitStatus;
import io.kine.kernel.clinical.VisitView;
import io.kine.kernel.identity.Permission;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A visit's note: read, edit (template, draft save, sign), addenda, files, and the revision
 * history with two versions side by side. Every opening is written to the access log.
 */
@Controller
class VisitController {

    static final String VIEW = "clinical/visit";
    static final String EDITOR = "clinical/editor";
    static final String REVISIONS = "clinical/revisions";

    private final ClinicalReads reads;
    private final ClinicalWrites writes;
    private final ChartAccessLog accessLog;
    private final NoteEditing editing;
    private final VisitBillingPanel billing;
    private final EventHistory history;

    VisitController(ClinicalReads reads, ClinicalWrites writes, ChartAccessLog accessLog, NoteEditing editing,
            VisitBillingPanel billing, EventHistory history) {
        this.history = history;
        this.reads = reads;
        this.writes = writes;
        this.accessLog = accessLog;
        this.editing = editing;
        this.billing = billing;
    }

    @GetMapping("/visits/{id}")
    @PreAuthorize("hasAuthority('clinical.read')")
    String show(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        VisitView visit = opened(user, id, ChartAccessLog.Subject.VISIT_NOTE);
        model.addAttribute("visit", visit);
        model.addAttribute("case", reads.caseOf(user.organizationId(), visit.caseId()));
        model.addAttribute("attachments", reads.attachments(user.organizationId(), visit.caseId()).stream()
                .filter(a -> visit.visitId().equals(a.visitId())).toList());
        model.addAttribute("canWrite", user.can(Permission.CLINICAL_WRITE));
        model.addAttribute("maxMegabytes", writes.attachmentMaxBytes() / (1024 * 1024));
        model.addAttribute("billing", billing.of(user, visit.visitId()).orElse(null));
        return VIEW;
    }

    /** The visit's History tab: every save, signature and addendum, each note section before and after. */
    @GetMapping("/visits/{id}/history")
    @PreAuthorize("hasAuthority('clinical.read')")
    String history(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        VisitView visit = opened(user, id, ChartAccessLog.Subject.VISIT_HISTORY);
        model.addAttribute("history", history.of(user.organizationId().value(), id.toString()));
        model.addAttribute("subjectDate", visit.visitedOn());
        model.addAttribute("titleKey", "visit.history");
        model.addAttribute("backUrl", "/visits/" + id);
        model.addAttribute("backKey", "visit.history.back");
        return "audit/record-history";
    }

    /** The editor; a signed note is refused here, with the reason, on the read-only page. */
    @GetMapping("/visits/{id}/edit")
    @PreAuthorize("hasAuthority('clinical.write')")
    String edit(@PathVariable UUID id, @RequestParam(required = false) UUID template,
            @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        VisitView visit = opened(user, id, ChartAccessLog.Subject.VISIT_NOTE);
        if (visit.status() == VisitStatus.SIGNED) {
            redirect.addFlashAttribute("error", "note.locked");
            return "redirect:/visits/" + id;
        }
        ClinicalForms.NoteForm form = ClinicalForms.NoteForm.of(visit);
        if (template != null) {
            var chosen = reads.template(user.organizationId(), new NoteTemplateId(template))
                    .orElseThrow(() -> new io.kine.command.clinical.NoteTemplateNotFound(new NoteTemplateId(template)));
            form = form.withTemplate(template, chosen.sections());
            model.addAttribute("notice", "note.templateApplied");
        }
        return editing.editor(user, visit, form, Map.of(), null, model);
    }

    @PostMapping("/visits/{id}/edit")
    @PreAuthorize("hasAuthority('clinical.write')")
    String save(@PathVariable UUID id, @ModelAttribute ClinicalForms.NoteForm form, @AuthenticationPrincipal KineUser user,
            Model model, RedirectAttributes redirect) {
        return editing.saveThen(user, new VisitId(id), form, model, redirect, false);
    }

    /** Saves what the editor holds, then signs it. */
    @PostMapping("/visits/{id}/sign")
    @PreAuthorize("hasAuthority('clinical.write')")
    String sign(@PathVariable UUID id, @ModelAttribute ClinicalForms.NoteForm form, @AuthenticationPrincipal KineUser user,
            Model model, RedirectAttributes redirect) {
        return editing.saveThen(user, new VisitId(id), form, model, redirect, true);
    }

    /** The editor's autosave: JSON in the answer, the text kept by the browser when it fails. */
    @PostMapping(path = "/visits/{id}/autosave", produces = "application/json")
    @PreAuthorize("hasAuthority('clinical.write')")
    org.springframework.http.ResponseEntity<Map<String, Object>> autosave(@PathVariable UUID id,
            @ModelAttribute ClinicalForms.NoteForm form, @AuthenticationPrincipal KineUser user, java.util.Locale locale) {
        return editing.autosave(user, new VisitId(id), form, locale);
    }

    @PostMapping("/visits/{id}/addenda")
    @PreAuthorize("hasAuthority('clinical.write')")
    String addAddendum(@PathVariable UUID id, @RequestParam(required = false) String text,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        try {
            reads.awaitVisit(user.organizationId(), new VisitId(id), writes.addAddendum(user.organizationId(),
                    new VisitId(id), text));
            redirect.addFlashAttribute("message", "note.addendumAdded");
        } catch (InvalidClinicalRecord | io.kine.command.clinical.NoteNotSigned refused) {
            redirect.addFlashAttribute("error", refused instanceof InvalidClinicalRecord invalid
                    ? invalid.violations().get(0).messageKey() : ((Rejection) refused).messageKey());
        }
        return "redirect:/visits/" + id;
    }

    @PostMapping("/visits/{id}/attachments")
    @PreAuthorize("hasAuthority('clinical.write')")
    String attach(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        try {
            var attachment = writes.attachToVisit(user.organizationId(), new VisitId(id),
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : AttachmentApiController.bytes(file));
            reads.awaitAttachment(user.organizationId(), attachment);
            redirect.addFlashAttribute("message", "attachment.uploaded");
        } catch (AttachmentRefused refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return "redirect:/visits/" + id;
    }

    /** Every revision, and two of them side by side (by default the one before the latest and the latest). */
    @GetMapping("/visits/{id}/revisions")
    @PreAuthorize("hasAuthority('clinical.read')")
    String revisions(@PathVariable UUID id, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @AuthenticationPrincipal KineUser user, Model model) {
        VisitView visit = opened(user, id, ChartAccessLog.Subject.NOTE_REVISIONS);
        List<NoteRevisionView> revisions = reads.revisions(user.organizationId(), visit.visitId());
        model.addAttribute("visit", visit);
        model.addAttribute("revisions", revisions);
        if (!revisions.isEmpty()) {
            NoteRevisionView right = pick(revisions, to, revisions.get(revisions.size() - 1));
            NoteRevisionView left = pick(revisions, from, revisions.get(Math.max(0, revisions.indexOf(right) - 1)));
            model.addAttribute("left", left);
            model.addAttribute("right", right);
            model.addAttribute("sections", RevisionDiff.between(left, right));
        }
        return REVISIONS;
    }

    private VisitView opened(KineUser user, UUID id, ChartAccessLog.Subject subject) {
        VisitView visit = reads.visit(user.organizationId(), new VisitId(id));
        accessLog.record(user, visit.patientId(), subject, id.toString(), ChartAccessLog.Channel.WEB);
        return visit;
    }

    private static NoteRevisionView pick(List<NoteRevisionView> revisions, Integer number, NoteRevisionView otherwise) {
        return number == null ? otherwise
                : revisions.stream().filter(r -> r.revision() == number).findFirst().orElse(otherwise);
    }

}
