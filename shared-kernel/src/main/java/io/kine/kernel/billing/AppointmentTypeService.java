package io.kine.kernel.billing;

import io.kine.kernel.scheduling.AppointmentTypeId;

/** An appointment type and the service that bills it ({@code null}: none chosen). */
public record AppointmentTypeService(AppointmentTypeId appointmentTypeId, String typeName, ProductId productId) {
}
