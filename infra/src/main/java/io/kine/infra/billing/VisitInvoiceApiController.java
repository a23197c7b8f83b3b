package io.kine.infra.billing;

import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.BillableVisit;
import io.kine.kernel.billing.BilledItem;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.clinical.VisitId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Billing a clinical visit: {@code GET /api/visits/{id}/billing} says what would be billed (no
 * clinical content), {@code POST /api/visits/{id}/invoice} opens the draft (201), or answers the
 * draft already billing the visit (200); 409 {@code already-billed} when its appointment is billed.
 */
@RestController
class VisitInvoiceApiController {

    private final VisitBilling billing;

    VisitInvoiceApiController(VisitBilling billing) {
        this.billing = billing;
    }

    /** What a visit bills: patient, practitioner, date, appointment, service and price, invoice. */
    record BillingJson(UUID visitId, UUID caseId, UUID patientId, String patientName, UUID practitionerId,
            String practitionerName, LocalDate visitedOn, String status, UUID appointmentId, UUID productId,
            String productName, BigDecimal unitPrice, BigDecimal taxRate, boolean billable, UUID invoiceId,
            String invoiceNumber, BilledItem.Kind invoiceBills) {

        static BillingJson of(BillableVisit v) {
            return new BillingJson(v.visitId().value(), v.caseId().value(), v.patientId().value(), v.patientName(),
                    v.practitionerId().value(), v.practitionerName(), v.visitedOn(), v.status().name(),
                    v.appointmentId() == null ? null : v.appointmentId().value(),
                    v.productId() == null ? null : v.productId().value(), v.productName(), v.unitPrice(), v.taxRate(),
                    v.billable() && v.invoiceId() == null, v.invoiceId() == null ? null : v.invoiceId().value(),
                    v.invoiceNumber(), v.invoiceBills());
        }
    }

    /** {@code productId}: a catalog service to bill instead of the appointment type's (required to get a line without one). */
    record BillRequest(UUID productId) {
    }

    @GetMapping("/api/visits/{id}/billing")
    @PreAuthorize("hasAuthority('billing.view')")
    BillingJson billing(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return BillingJson.of(billing.billable(user.organizationId(), new VisitId(id)));
    }

    @PostMapping("/api/visits/{id}/invoice")
    @PreAuthorize("hasAuthority('billing.manage')")
    ResponseEntity<InvoiceJson.Full> bill(@PathVariable UUID id, @RequestBody(required = false) BillRequest request,
            @AuthenticationPrincipal KineUser user) {
        ProductId chosen = request == null || request.productId() == null ? null : new ProductId(request.productId());
        BillingWrites.Opening opening = billing.bill(user, new VisitId(id), chosen);
        InvoiceJson.Full body = InvoiceJson.Full.of(opening.invoice());
        if (!opening.created()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(URI.create("/api/invoices/" + body.id())).body(body);
    }
}
