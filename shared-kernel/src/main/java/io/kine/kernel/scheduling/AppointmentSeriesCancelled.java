package io.kine.kernel.scheduling;

import io.kine.kernel.organization.OrganizationId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Occurrences of a series were cancelled, in {@code scope} from {@code occurrence} (null for the
 * whole series); each listed appointment records its own cancellation too. With
 * {@link SeriesScope#FOLLOWING} or {@link SeriesScope#ALL} the series has no occurrence left after that point.
 */
@Revision("1")
public record AppointmentSeriesCancelled(
        SeriesId seriesId,
        OrganizationId organizationId,
        SeriesScope scope,
        AppointmentId occurrence,
        List<AppointmentId> cancelled,
        String reason) {
}
