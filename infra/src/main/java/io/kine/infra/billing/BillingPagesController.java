package io.kine.infra.billing;

import io.kine.command.clinical.VisitNotFound;
import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.FindInvoices;
import io.kine.kernel.billing.InvoicePage;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The invoice list with its filters, opening a draft for a patient, and billing completed appointments and signed visits. */
@Controller
@RequestMapping("/billing")
class BillingPagesController {

    static final String LIST_VIEW = "billing/list";
    static final String NEW_VIEW = "billing/new";
    static final String APPOINTMENTS_VIEW = "billing/appointments";
    private static final int PAGE_SIZE = 20;

    private final BillingReads reads;
    private final BillingWrites writes;
    private final VisitBilling visits;

    BillingPagesController(BillingReads reads, BillingWrites writes, VisitBilling visits) {
        this.reads = reads;
        this.writes = writes;
        this.visits = visits;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('billing.view')")
    String list(@RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID patientId, @RequestParam(required = false) String patient,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal KineUser user, Model model) {
        InvoicePage invoices = reads.invoices(new FindInvoices(user.organizationId(), status, from, to,
                patientId == null ? null : new PatientId(patientId), patient, Math.max(page, 1), PAGE_SIZE));
        LocalDate today = writes.today();
        model.addAttribute("invoices", invoices);
        model.addAttribute("totalPages", Math.max(1, (invoices.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("patientId", patientId);
        model.addAttribute("patient", patient);
        model.addAttribute("exportFrom", from == null ? today.withDayOfMonth(1) : from);
        model.addAttribute("exportTo", to == null ? today : to);
        return LIST_VIEW;
    }

    @GetMapping("/invoices/new")
    @PreAuthorize("hasAuthority('billing.manage')")
    String chooseOrNew(@RequestParam(defaultValue = "") String search, @AuthenticationPrincipal KineUser user,
            Model model) {
        model.addAttribute("search", search);
        model.addAttribute("patients", reads.patients(user.organizationId(), search.isBlank() ? null : search).items());
        return NEW_VIEW;
    }

    @PostMapping("/invoices")
    @PreAuthorize("hasAuthority('billing.manage')")
    String create(@RequestParam UUID patientId, @AuthenticationPrincipal KineUser user, RedirectAttributes flash) {
        AtomicReference<InvoiceView> created = new AtomicReference<>();
        String fallback = PageActions.run(flash, "invoice.created", "/billing/invoices/new",
                () -> created.set(writes.draft(user, new PatientId(patientId), null, null, null, null)));
        return created.get() == null ? fallback : "redirect:/billing/invoices/" + created.get().summary().invoiceId();
    }

    @GetMapping("/appointments")
    @PreAuthorize("hasAuthority('billing.view')")
    String appointments(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal KineUser user, Model model) {
        LocalDate end = to == null ? writes.today() : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("appointments", reads.billableAppointments(user.organizationId(), start, end));
        model.addAttribute("visits", reads.billableVisits(user.organizationId(), start, end));
        model.addAttribute("services", reads.products(user.organizationId(), false).stream()
                .filter(p -> p.kind() == ProductKind.SERVICE).toList());
        return APPOINTMENTS_VIEW;
    }

    /** One click: the draft billing the appointment with its type's service, then its editor. */
    @PostMapping("/appointments/{id}/invoice")
    @PreAuthorize("hasAuthority('billing.manage')")
    String bill(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes flash) {
        AtomicReference<InvoiceView> billed = new AtomicReference<>();
        String fallback = PageActions.run(flash, "invoice.created", "/billing/appointments",
                () -> billed.set(writes.billAppointment(user, new AppointmentId(id))));
        return billed.get() == null ? fallback : "redirect:/billing/invoices/" + billed.get().summary().invoiceId();
    }

    /**
     * One click bills a signed visit, with the service picked in the form or its appointment
     * type's, then opens the editor; a refusal goes back to where the click came from.
     */
    @PostMapping("/visits/{id}/invoice")
    @PreAuthorize("hasAuthority('billing.manage')")
    String billVisit(@PathVariable UUID id, @RequestParam(required = false) UUID productId,
            @RequestParam(defaultValue = "billing") String back, @AuthenticationPrincipal KineUser user,
            RedirectAttributes flash) {
        visits.billable(user.organizationId(), new VisitId(id));
        AtomicReference<InvoiceView> billed = new AtomicReference<>();
        String fallback = PageActions.run(flash, "invoice.created",
                "visit".equals(back) ? "/visits/" + id : "/billing/appointments",
                () -> billed.set(visits.bill(user, new VisitId(id), productId == null ? null : new ProductId(productId))
                        .invoice()));
        return billed.get() == null ? fallback : "redirect:/billing/invoices/" + billed.get().summary().invoiceId();
    }

    /** Another clinic's visit, or none: the same page as a missing invoice. */
    @ExceptionHandler(VisitNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String visitNotFound() {
        return InvoicePageController.NOT_FOUND_VIEW;
    }
}
