package io.kine.kernel.scheduling;

import io.kine.kernel.billing.ProductId;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

/** Appointments of this type are billed with this catalog service from then on ({@code null}: none). */
@Revision("1")
public record AppointmentTypeServiceChosen(
        AppointmentTypeId appointmentTypeId,
        OrganizationId organizationId,
        ProductId productId) {
}
