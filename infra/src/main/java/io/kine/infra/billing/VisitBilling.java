package io.kine.infra.billing;

import io.kine.command.billing.ProductNotFound;
import io.kine.command.clinical.VisitNotFound;
import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.BillableVisit;
import io.kine.kernel.billing.BilledItem;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductView;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.organization.OrganizationId;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Bills a signed clinical visit in one click. The service is the one the user picked from the
 * catalog, else the one the linked appointment's type bills; without either the draft opens
 * empty for the editor. A visit and its appointment are one occasion of care, billed once.
 */
@Component
class VisitBilling {

    private final BillingReads reads;
    private final BillingWrites writes;

    VisitBilling(BillingReads reads, BillingWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    BillableVisit billable(OrganizationId organization, VisitId visit) {
        return reads.billableVisit(organization, visit).orElseThrow(() -> new VisitNotFound(visit));
    }

    BillingWrites.Opening bill(KineUser user, VisitId visitId, ProductId chosen) {
        OrganizationId organization = user.organizationId();
        BillableVisit visit = billable(organization, visitId);
        if (visit.invoiceId() != null) {
            if (visit.invoiceBills() != BilledItem.Kind.VISIT) {
                throw new AlreadyBilled(visit.invoiceId(), visit.invoiceNumber());
            }
            return new BillingWrites.Opening(reads.existing(organization, visit.invoiceId()), false);
        }
        if (!visit.billable()) {
            throw new VisitNotBillable(visitId);
        }
        ProductId service = chosen == null ? visit.productId() : chosen;
        String serviceName = chosen == null ? visit.productName() : catalogService(organization, chosen).name();
        InvoiceId first = visit.appointmentId() == null ? InvoiceId.named("visit:" + visitId)
                : BillingWrites.firstInvoiceOf(visit.appointmentId());
        BillingWrites.Opening opening = writes.openOnce(user, first, visit.patientId(),
                new BilledItem(BilledItem.Kind.VISIT, visitId.value()));
        if (!opening.created() || service == null) {
            return opening;
        }
        String description = serviceName + " (" + DateTimeFormatter.ISO_LOCAL_DATE.format(visit.visitedOn()) + ")";
        return new BillingWrites.Opening(writes.addLine(user, opening.invoice().summary().invoiceId(),
                new BillingWrites.LineRequest(service, description, BigDecimal.ONE, null, null, null)), true);
    }

    /** A service picked by the user must be an active item of the clinic's own catalog. */
    private ProductView catalogService(OrganizationId organization, ProductId product) {
        return reads.product(organization, product).filter(ProductView::active)
                .orElseThrow(() -> new ProductNotFound(product));
    }
}
