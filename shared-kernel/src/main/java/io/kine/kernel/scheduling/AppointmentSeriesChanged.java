package io.kine.kernel.scheduling;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Occurrences of a series were changed, in {@code scope} from {@code occurrence}: the whole new
 * time of day, length, practitioner, room, equipment and notes; each listed appointment records
 * its own rescheduling, reassignment or notes too.
 */
@Revision("1")
public record AppointmentSeriesChanged(
        SeriesId seriesId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        SeriesScope scope,
        AppointmentId occurrence,
        List<AppointmentId> changed,
        LocalTime startTime,
        Duration length,
        UserId practitionerId,
        ResourceId roomId,
        ResourceId equipmentId,
        @PersonalData String notes) {
}
