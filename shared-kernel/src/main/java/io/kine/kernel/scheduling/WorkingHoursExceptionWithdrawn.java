package io.kine.kernel.scheduling;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

/** The exception no longer applies. */
@Revision("1")
public record WorkingHoursExceptionWithdrawn(WorkingHoursExceptionId exceptionId, OrganizationId organizationId) {
}
