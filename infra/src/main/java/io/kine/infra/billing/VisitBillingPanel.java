package io.kine.infra.billing;

import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.BillableVisit;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.billing.ProductView;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.identity.Permission;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The billing box of the visit page, for those who bill: the invoice already billing the visit
 * (or its appointment), or the one-click form with the catalog's services to pick from.
 */
@Component
public class VisitBillingPanel {

    /** The visit as billed, and the active services of the catalog. */
    public record Panel(BillableVisit visit, List<ProductView> services) {
    }

    private final BillingReads reads;

    VisitBillingPanel(BillingReads reads) {
        this.reads = reads;
    }

    /** Empty for a user who may not bill, so the page shows nothing of billing to them. */
    public Optional<Panel> of(KineUser user, VisitId visit) {
        if (!user.can(Permission.BILLING_MANAGE)) {
            return Optional.empty();
        }
        return reads.billableVisit(user.organizationId(), visit).map(billable -> new Panel(billable,
                reads.products(user.organizationId(), false).stream()
                        .filter(p -> p.kind() == ProductKind.SERVICE).toList()));
    }
}
