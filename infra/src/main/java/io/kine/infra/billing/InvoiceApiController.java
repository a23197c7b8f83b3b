package io.kine.infra.billing;

import io.kine.infra.audit.EventHistory;
import io.kine.infra.audit.HistoryEntry;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.infra.web.MergePatch;
import io.kine.kernel.billing.ChangeInvoiceDraft;
import io.kine.kernel.billing.Discount;
import io.kine.kernel.billing.FindInvoices;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoicePage;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.RemoveInvoiceLine;
import io.kine.kernel.billing.VoidInvoice;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/invoices}: drafts, lines, issue, void, credit note and payments. Issued invoices
 * are never edited: PATCH and line changes answer 409 {@code invoice-invalid-transition}.
 */
@RestController
@RequestMapping("/api/invoices")
class InvoiceApiController {

    private final BillingReads reads;
    private final BillingWrites writes;
    private final ObjectMapper json;
    private final EventHistory history;

    InvoiceApiController(BillingReads reads, BillingWrites writes, ObjectMapper json, EventHistory history) {
        this.history = history;
        this.reads = reads;
        this.writes = writes;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('billing.view')")
    Map<String, Object> list(@RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) UUID patientId, @RequestParam(required = false) String patient,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int pageSize, @AuthenticationPrincipal KineUser user) {
        if (page < 1 || pageSize < 1 || pageSize > 100) {
            throw new InvalidRequest("pageSize", "billing.invalidPage");
        }
        InvoicePage found = reads.invoices(new FindInvoices(user.organizationId(), status, from, to,
                patientId == null ? null : new PatientId(patientId), patient, page, pageSize));
        return Map.of("data", found.items().stream().map(InvoiceJson.Summary::of).toList(),
                "meta", Map.of("total", found.total(), "page", found.page(), "pageSize", found.pageSize()));
    }

    /** A draft for a patient, or with {@code appointmentId} the draft billing that completed appointment. */
    @PostMapping
    @PreAuthorize("hasAuthority('billing.manage')")
    ResponseEntity<InvoiceJson.Full> draft(@RequestBody InvoiceJson.DraftRequest request,
            @AuthenticationPrincipal KineUser user) {
        InvoiceView view;
        if (request.appointmentId() != null) {
            view = writes.billAppointment(user, new AppointmentId(request.appointmentId()));
        } else {
            if (request.patientId() == null) {
                throw new InvalidRequest("patientId", "billing.required");
            }
            view = writes.draft(user, new PatientId(request.patientId()), request.caseReference(),
                    language(request.language()), null, request.notes());
        }
        return ResponseEntity.created(URI.create("/api/invoices/" + view.summary().invoiceId()))
                .body(InvoiceJson.Full.of(view));
    }

    /** The invoice's events in the History tab's rendering; 404 for another clinic's invoice. */
    @GetMapping("/{id}/history")
    @PreAuthorize("hasAuthority('billing.view')")
    Map<String, List<HistoryEntry>> history(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        reads.existing(user.organizationId(), new InvoiceId(id));
        return Map.of("data", history.of(user.organizationId().value(), id.toString()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('billing.view')")
    InvoiceJson.Full get(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return InvoiceJson.Full.of(reads.existing(user.organizationId(), new InvoiceId(id)));
    }

    /** Merge patch of a draft's {@code caseReference}, {@code language} and {@code notes}. */
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('billing.manage')")
    InvoiceJson.Full change(@PathVariable UUID id, @RequestBody JsonNode patch, @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        InvoiceId invoice = new InvoiceId(id);
        InvoiceView current = reads.existing(organization, invoice);
        record Draft(String caseReference, String language, String notes) {
        }
        Draft merged = MergePatch.apply(json, new Draft(current.caseReference(), current.language().getLanguage(),
                current.notes()), patch, Draft.class);
        return InvoiceJson.Full.of(writes.send(user, invoice, new ChangeInvoiceDraft(invoice, organization,
                merged.caseReference(), language(merged.language()), merged.notes())));
    }

    @PostMapping("/{id}/lines")
    @PreAuthorize("hasAuthority('billing.manage')")
    ResponseEntity<InvoiceJson.Full> addLine(@PathVariable UUID id, @RequestBody InvoiceJson.LineRequest line,
            @AuthenticationPrincipal KineUser user) {
        InvoiceView view = writes.addLine(user, new InvoiceId(id), new BillingWrites.LineRequest(
                line.productId() == null ? null : new ProductId(line.productId()), line.description(), line.quantity(),
                line.unitPrice(), line.taxRate(), line.discount() == null ? null
                        : new Discount(line.discount().kind(), line.discount().value())));
        return ResponseEntity.created(URI.create("/api/invoices/" + id)).body(InvoiceJson.Full.of(view));
    }

    @DeleteMapping("/{id}/lines/{lineId}")
    @PreAuthorize("hasAuthority('billing.manage')")
    InvoiceJson.Full removeLine(@PathVariable UUID id, @PathVariable UUID lineId, @AuthenticationPrincipal KineUser user) {
        InvoiceId invoice = new InvoiceId(id);
        reads.existing(user.organizationId(), invoice);
        return InvoiceJson.Full.of(writes.send(user, invoice, new RemoveInvoiceLine(invoice, user.organizationId(), lineId)));
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasAuthority('billing.manage')")
    InvoiceJson.Full issue(@PathVariable UUID id, @RequestBody(required = false) InvoiceJson.IssueRequest request,
            @AuthenticationPrincipal KineUser user) {
        InvoiceId invoice = new InvoiceId(id);
        reads.existing(user.organizationId(), invoice);
        return InvoiceJson.Full.of(writes.issue(user, invoice, request == null ? null : request.dueOn()));
    }

    @PostMapping("/{id}/void")
    @PreAuthorize("hasAuthority('billing.manage')")
    InvoiceJson.Full voidDraft(@PathVariable UUID id, @RequestBody(required = false) InvoiceJson.ReasonRequest request,
            @AuthenticationPrincipal KineUser user) {
        InvoiceId invoice = new InvoiceId(id);
        reads.existing(user.organizationId(), invoice);
        return InvoiceJson.Full.of(writes.send(user, invoice, new VoidInvoice(invoice, user.organizationId(),
                request == null ? null : request.reason())));
    }

    @PostMapping("/{id}/credit-note")
    @PreAuthorize("hasAuthority('billing.manage')")
    ResponseEntity<InvoiceJson.Full> credit(@PathVariable UUID id, @RequestBody InvoiceJson.ReasonRequest request,
            @AuthenticationPrincipal KineUser user) {
        InvoiceId invoice = new InvoiceId(id);
        reads.existing(user.organizationId(), invoice);
        InvoiceView view = writes.credit(user, invoice, request.reason());
        return ResponseEntity.created(URI.create("/api/invoices/" + id + "/credit-note.pdf")).body(InvoiceJson.Full.of(view));
    }

    /** Requires an {@code Idempotency-Key}: the same key answers the same payment, recorded once. */
    @PostMapping("/{id}/payments")
    @PreAuthorize("hasAuthority('billing.manage')")
    ResponseEntity<InvoiceJson.Full> pay(@PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody InvoiceJson.PaymentRequest request, @AuthenticationPrincipal KineUser user) {
        InvoiceId invoice = new InvoiceId(id);
        InvoiceView current = reads.existing(user.organizationId(), invoice);
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new InvalidRequest("Idempotency-Key", "payment.idempotencyKeyRequired");
        }
        if (request.amount() == null) {
            throw new InvalidRequest("amount", "payment.invalidAmount");
        }
        InvoiceView view = writes.pay(user, invoice, key, new Money(request.amount(), current.summary().total().currency()),
                request.method(), request.reference(), request.receivedOn());
        return ResponseEntity.created(URI.create("/api/invoices/" + id)).body(InvoiceJson.Full.of(view));
    }

    private static Locale language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        if (!java.util.List.of("fr", "ar", "en").contains(tag)) {
            throw new InvalidRequest("language", "billing.invalidLanguage");
        }
        return Locale.forLanguageTag(tag);
    }
}
