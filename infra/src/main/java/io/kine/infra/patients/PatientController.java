package io.kine.infra.patients;

import io.kine.command.FieldViolation;
import io.kine.command.patients.InvalidPatientDetails;
import io.kine.command.patients.PatientIsArchived;
import io.kine.command.patients.PatientNotFound;
import io.kine.infra.audit.ChartAccessLog;
import io.kine.infra.audit.EventHistory;
import io.kine.infra.scheduling.PatientAppointments;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientSummary;
import io.kine.kernel.patients.PatientView;
import io.kine.kernel.patients.Sex;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The patient pages: list with search, register, view with history, edit, archive, restore. */
@Controller
@RequestMapping("/patients")
class PatientController {

    static final String LIST_VIEW = "patients/list";
    static final String FORM_VIEW = "patients/form";
    static final String DETAIL_VIEW = "patients/detail";
    /** The patient page shows the next few appointments; the API lists them all. */
    static final int UPCOMING_SHOWN = 10;
    static final String NOT_FOUND_VIEW = "patients/not-found";

    private final PatientReads reads;
    private final PatientWrites writes;
    private final EventHistory history;
    private final ChartAccessLog accessLog;
    private final PatientAppointments appointments;

    PatientController(PatientReads reads, PatientWrites writes, EventHistory history, ChartAccessLog accessLog,
            PatientAppointments appointments) {
        this.reads = reads;
        this.writes = writes;
        this.history = history;
        this.accessLog = accessLog;
        this.appointments = appointments;
    }

    @InitBinder("patientForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("formId", "version", "firstName", "lastName", "dateOfBirth", "sex", "phone", "email",
                "street", "postalCode", "city", "country", "insurer", "policyNumber", "acknowledgeDuplicate");
    }

    @ModelAttribute("sexes")
    Sex[] sexes() {
        return Sex.values();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('patient.read')")
    String list(@ModelAttribute("parameters") PatientListParameters parameters, @AuthenticationPrincipal KineUser user,
            Model model) {
        PatientListParameters usable = parameters;
        try {
            parameters.toQuery(user.organizationId());
        } catch (InvalidRequest outOfRange) {
            // a hand-edited URL: show the first page in the default order rather than an error
            usable = new PatientListParameters(parameters.search(), 1, null, null, parameters.includeArchived());
        }
        model.addAttribute("patients", reads.find(usable.toQuery(user.organizationId())));
        model.addAttribute("canWrite", user.can(Permission.PATIENT_WRITE));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('patient.write')")
    String initCreationForm(Model model) {
        model.addAttribute("patientForm", new PatientForm());
        return FORM_VIEW;
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('patient.write')")
    String processCreationForm(@ModelAttribute("patientForm") PatientForm form, BindingResult result,
            @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        OrganizationId organization = user.organizationId();
        PatientId patient = PatientWrites.patientIdFor(organization, form.getFormId());
        List<PatientSummary> duplicates = reads.possibleDuplicates(organization, form.toDetails(), patient);
        if (!duplicates.isEmpty() && !form.isAcknowledgeDuplicate()) {
            model.addAttribute("duplicates", duplicates);
            return FORM_VIEW;
        }
        try {
            writes.register(patient, organization, form.toDetails());
        } catch (InvalidPatientDetails invalid) {
            reject(result, invalid.violations());
            return FORM_VIEW;
        }
        reads.awaitVersion(organization, patient, 0);
        redirect.addFlashAttribute("message", "patient.registered");
        return "redirect:/patients/" + patient.value();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('patient.read')")
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "details") String tab,
            @AuthenticationPrincipal KineUser user, Model model) {
        PatientView patient = reads.get(user.organizationId(), new PatientId(id))
                .orElseThrow(() -> new PatientNotFound(new PatientId(id)));
        model.addAttribute("patient", patient);
        model.addAttribute("tab", "history".equals(tab) ? "history" : "details");
        model.addAttribute("canWrite", user.can(Permission.PATIENT_WRITE));
        if ("history".equals(tab)) {
            model.addAttribute("history", history.of(id.toString()));
            accessLog.record(user, patient.patientId(), ChartAccessLog.Subject.PATIENT_HISTORY, id.toString(),
                    ChartAccessLog.Channel.WEB);
        } else {
            accessLog.chartOpened(user, patient.patientId(), ChartAccessLog.Channel.WEB);
            model.addAttribute("upcomingAppointments", appointments.of(user, patient.patientId(), true, UPCOMING_SHOWN));
        }
        return DETAIL_VIEW;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('patient.write')")
    String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        PatientView patient = reads.get(user.organizationId(), new PatientId(id))
                .orElseThrow(() -> new PatientNotFound(new PatientId(id)));
        model.addAttribute("patientForm", PatientForm.of(patient));
        model.addAttribute("patientId", id);
        return FORM_VIEW;
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('patient.write')")
    String processUpdateForm(@PathVariable UUID id, @ModelAttribute("patientForm") PatientForm form,
            BindingResult result, @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("patientId", id);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        PatientId patient = new PatientId(id);
        OrganizationId organization = user.organizationId();
        List<PatientSummary> duplicates = reads.possibleDuplicates(organization, form.toDetails(), patient);
        if (!duplicates.isEmpty() && !form.isAcknowledgeDuplicate()) {
            model.addAttribute("duplicates", duplicates);
            return FORM_VIEW;
        }
        try {
            long version = writes.update(patient, organization, form.toDetails(), form.getVersion());
            reads.awaitVersion(organization, patient, version);
        } catch (InvalidPatientDetails invalid) {
            reject(result, invalid.violations());
            return FORM_VIEW;
        } catch (ConflictingModificationException changedMeanwhile) {
            result.reject("patient.changedMeanwhile");
            return FORM_VIEW;
        } catch (PatientIsArchived archived) {
            result.reject(archived.messageKey());
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("message", "patient.updated");
        return "redirect:/patients/" + id;
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAuthority('patient.write')")
    String archive(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        return showAfter(writes.archive(new PatientId(id), user.organizationId()), id, user, "patient.archived", redirect);
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAuthority('patient.write')")
    String restore(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        return showAfter(writes.restore(new PatientId(id), user.organizationId()), id, user, "patient.restored", redirect);
    }

    /** Post/redirect/get once the read model shows {@code version}, with a flash message. */
    private String showAfter(long version, UUID id, KineUser user, String message, RedirectAttributes redirect) {
        reads.awaitVersion(user.organizationId(), new PatientId(id), version);
        redirect.addFlashAttribute("message", message);
        return "redirect:/patients/" + id;
    }

    @ExceptionHandler(PatientNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND_VIEW;
    }

    /** The aggregate's reasons, each shown next to its own field. */
    private static void reject(BindingResult result, List<FieldViolation> violations) {
        Map<String, String> formFields = Map.of("address.street", "street", "address.postalCode", "postalCode",
                "address.city", "city", "address.country", "country", "insurance.insurer", "insurer",
                "insurance.policyNumber", "policyNumber");
        violations.forEach(v -> result.rejectValue(formFields.getOrDefault(v.field(), v.field()), v.messageKey()));
    }
}
