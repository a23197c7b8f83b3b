package io.kine.infra.clinical;

import io.kine.command.clinical.AttachmentRefused;
import io.kine.command.clinical.CaseIsClosed;
import io.kine.command.clinical.InvalidClinicalRecord;
import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.audit.EventHistory;
import io.kine.infra.security.KineUser;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CaseView;
import io.kine.kernel.clinical.MeasureKind;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitView;
import io.kine.kernel.identity.Permission;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/** One case: its details, visits, pain chart and files; close, reopen, start a visit, attach. */
@Controller
class CaseController {

    static final String CASE_VIEW = "clinical/case";

    private final ClinicalReads reads;
    private final ClinicalWrites writes;
    private final ClinicalAccess access;
    private final ChartAccessLog accessLog;
    private final ObjectMapper json;
    private final EventHistory history;

    CaseController(ClinicalReads reads, ClinicalWrites writes, ClinicalAccess access, ChartAccessLog accessLog,
            ObjectMapper json, EventHistory history) {
        this.history = history;
        this.reads = reads;
        this.writes = writes;
        this.access = access;
        this.accessLog = accessLog;
        this.json = json;
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasAuthority('clinical.read')")
    String show(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        CaseView view = reads.caseOf(user.organizationId(), new CaseId(id));
        accessLog.record(user, view.patientId(), ChartAccessLog.Subject.CASE, id.toString(), ChartAccessLog.Channel.WEB);
        List<VisitView> visits = reads.visits(user.organizationId(), view.caseId());
        List<VisitView> measured = visits.stream().filter(v -> v.measure(MeasureKind.PAIN) != null).toList();
        model.addAttribute("case", view);
        model.addAttribute("patient", access.patient(user, view.patientId()));
        model.addAttribute("visits", visits);
        model.addAttribute("painVisits", measured);
        model.addAttribute("painLabels", json.writeValueAsString(measured.stream().map(v -> v.visitedOn().toString()).toList()));
        model.addAttribute("painValues", json.writeValueAsString(measured.stream().map(v -> v.measure(MeasureKind.PAIN)).toList()));
        model.addAttribute("attachments", reads.attachments(user.organizationId(), view.caseId()));
        model.addAttribute("canWrite", user.can(Permission.CLINICAL_WRITE));
        if (user.can(Permission.CLINICAL_WRITE)) {
            model.addAttribute("practitioners", reads.practitioners(user.organizationId()));
        }
        model.addAttribute("today", access.today());
        model.addAttribute("maxMegabytes", writes.attachmentMaxBytes() / (1024 * 1024));
        return CASE_VIEW;
    }

    /** The case's History tab: every event of the case, in the audit's rendering. */
    @GetMapping("/cases/{id}/history")
    @PreAuthorize("hasAuthority('clinical.read')")
    String history(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        CaseView view = reads.caseOf(user.organizationId(), new CaseId(id));
        accessLog.record(user, view.patientId(), ChartAccessLog.Subject.CASE_HISTORY, id.toString(),
                ChartAccessLog.Channel.WEB);
        model.addAttribute("history", history.of(user.organizationId().value(), id.toString()));
        model.addAttribute("subject", view.details().reasonForReferral());
        model.addAttribute("titleKey", "case.history");
        model.addAttribute("backUrl", "/cases/" + id);
        model.addAttribute("backKey", "case.history.back");
        return "audit/record-history";
    }

    @PostMapping("/cases/{id}/close")
    @PreAuthorize("hasAuthority('clinical.write')")
    String close(@PathVariable UUID id, @RequestParam(required = false) String outcome,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        return after(() -> writes.close(user.organizationId(), new CaseId(id), outcome), id, user, "case.closed", redirect);
    }

    @PostMapping("/cases/{id}/reopen")
    @PreAuthorize("hasAuthority('clinical.write')")
    String reopen(@PathVariable UUID id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        return after(() -> writes.reopen(user.organizationId(), new CaseId(id), reason), id, user, "case.reopened",
                redirect);
    }

    @PostMapping("/cases/{id}/details")
    @PreAuthorize("hasAuthority('clinical.write')")
    String reviseDetails(@PathVariable UUID id, @org.springframework.web.bind.annotation.ModelAttribute
            ClinicalForms.CaseForm form, @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        return after(() -> writes.reviseCase(user.organizationId(), new CaseId(id), form.toDetails()), id, user,
                "case.detailsSaved", redirect);
    }

    @PostMapping("/cases/{id}/reassign")
    @PreAuthorize("hasAuthority('clinical.write')")
    String reassign(@PathVariable UUID id, @RequestParam UUID practitionerId, @AuthenticationPrincipal KineUser user,
            RedirectAttributes redirect) {
        return after(() -> writes.reassign(user.organizationId(), new CaseId(id),
                new io.kine.kernel.identity.UserId(practitionerId)), id, user, "case.reassigned", redirect);
    }

    @PostMapping("/cases/{id}/visits")
    @PreAuthorize("hasAuthority('clinical.write')")
    String startVisit(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        CaseView view = reads.caseOf(user.organizationId(), new CaseId(id));
        try {
            VisitId visit = writes.startVisit(user.organizationId(), view.caseId(), view.patientId(),
                    ClinicalAccess.visitPractitioner(user, view), Objects.requireNonNullElse(visitedOn, access.today()),
                    null);
            reads.awaitVisit(user.organizationId(), visit, 0);
            redirect.addFlashAttribute("message", "visit.started");
            return "redirect:/visits/" + visit + "/edit";
        } catch (CaseIsClosed closed) {
            redirect.addFlashAttribute("error", closed.messageKey());
            return "redirect:/cases/" + id;
        }
    }

    @PostMapping("/cases/{id}/attachments")
    @PreAuthorize("hasAuthority('clinical.write')")
    String attach(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        try {
            var attachment = writes.attachToCase(user.organizationId(), new CaseId(id),
                    file == null ? null : file.getOriginalFilename(), file == null ? new byte[0]
                            : AttachmentApiController.bytes(file));
            reads.awaitAttachment(user.organizationId(), attachment);
            redirect.addFlashAttribute("message", "attachment.uploaded");
        } catch (AttachmentRefused refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return "redirect:/cases/" + id;
    }

    private String after(java.util.function.LongSupplier change, UUID id, KineUser user, String message,
            RedirectAttributes redirect) {
        try {
            reads.awaitCase(user.organizationId(), new CaseId(id), change.getAsLong());
            redirect.addFlashAttribute("message", message);
        } catch (InvalidClinicalRecord invalid) {
            redirect.addFlashAttribute("error", invalid.violations().get(0).messageKey());
        } catch (CaseIsClosed closed) {
            redirect.addFlashAttribute("error", closed.messageKey());
        }
        return "redirect:/cases/" + id;
    }
}
