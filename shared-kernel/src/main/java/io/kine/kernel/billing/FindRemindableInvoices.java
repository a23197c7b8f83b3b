package io.kine.kernel.billing;

import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import java.time.LocalDate;

/**
 * Every organization's invoices that are unpaid past their due date on {@code asOf}: what
 * the dunning run asks, as Kine itself, once for all clinics.
 */
@RequiresPermission(Permission.BILLING_MANAGE)
public record FindRemindableInvoices(LocalDate asOf) {
}
