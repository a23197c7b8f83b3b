package io.kine.infra.clinical;

import io.kine.command.clinical.InvalidClinicalRecord;
import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.security.KineUser;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CaseStatus;
import io.kine.kernel.clinical.CaseView;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientView;
import io.kine.kernel.scheduling.AppointmentId;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's clinical chart: cases, the visit timeline, completed appointments waiting for
 * their visit. The front desk sees the timeline only (that a visit happened, not its content).
 */
@Controller
class ChartController {

    static final String CHART_VIEW = "clinical/chart";

    private final ClinicalReads reads;
    private final ClinicalWrites writes;
    private final ClinicalAccess access;
    private final ChartAccessLog accessLog;

    ChartController(ClinicalReads reads, ClinicalWrites writes, ClinicalAccess access, ChartAccessLog accessLog) {
        this.reads = reads;
        this.writes = writes;
        this.access = access;
        this.accessLog = accessLog;
    }

    @GetMapping("/patients/{id}/chart")
    @PreAuthorize("hasAuthority('patient.read')")
    String show(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        PatientView patient = access.patient(user, new PatientId(id));
        accessLog.chartOpened(user, patient.patientId(), ChartAccessLog.Channel.WEB);
        return chart(patient, user, model, ClinicalForms.CaseForm.EMPTY, Map.of());
    }

    @PostMapping("/patients/{id}/cases")
    @PreAuthorize("hasAuthority('clinical.write')")
    String openCase(@PathVariable UUID id, @ModelAttribute ClinicalForms.CaseForm form,
            @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        PatientView patient = access.patient(user, new PatientId(id));
        try {
            CaseId caseId = writes.openCase(user.organizationId(), patient.patientId(), user.userId(), form.toDetails());
            reads.awaitCase(user.organizationId(), caseId, 0);
            redirect.addFlashAttribute("message", "case.opened");
            return "redirect:/cases/" + caseId;
        } catch (InvalidClinicalRecord invalid) {
            return chart(patient, user, model, form, ClinicalForms.fieldErrors(invalid.violations()));
        }
    }

    /** Starts the visit of a completed appointment under the chosen case, then opens its editor. */
    @PostMapping("/patients/{id}/visits")
    @PreAuthorize("hasAuthority('clinical.write')")
    String startVisit(@PathVariable UUID id, @RequestParam UUID caseId, @RequestParam UUID appointmentId,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        CaseView chosen = reads.caseOf(user.organizationId(), new CaseId(caseId));
        if (!chosen.patientId().value().equals(id)) {
            throw new io.kine.command.clinical.CaseNotFound(chosen.caseId());
        }
        VisitId visit = writes.startVisit(user.organizationId(), chosen.caseId(), chosen.patientId(),
                ClinicalAccess.visitPractitioner(user, chosen), access.today(), new AppointmentId(appointmentId));
        reads.awaitVisit(user.organizationId(), visit, 0);
        redirect.addFlashAttribute("message", "visit.started");
        return "redirect:/visits/" + visit + "/edit";
    }

    private String chart(PatientView patient, KineUser user, Model model, ClinicalForms.CaseForm form,
            Map<String, String> errors) {
        boolean canRead = user.can(Permission.CLINICAL_READ);
        boolean canWrite = user.can(Permission.CLINICAL_WRITE);
        model.addAttribute("patient", patient);
        model.addAttribute("timeline", reads.timeline(user.organizationId(), patient.patientId()));
        model.addAttribute("canRead", canRead);
        model.addAttribute("canWrite", canWrite);
        if (canRead) {
            var cases = reads.cases(user.organizationId(), patient.patientId());
            model.addAttribute("cases", cases);
            model.addAttribute("openCases", cases.stream().filter(c -> c.status() == CaseStatus.OPEN).toList());
            model.addAttribute("awaiting", reads.appointmentsAwaitingVisit(user.organizationId(), patient.patientId()));
        }
        model.addAttribute("caseForm", form);
        model.addAttribute("fieldErrors", errors);
        return CHART_VIEW;
    }
}
