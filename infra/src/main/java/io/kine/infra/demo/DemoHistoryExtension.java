package io.kine.infra.demo;

import io.kine.kernel.billing.ProductId;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

/**
 * Where other features add to a generated history: a bean implementing this is called after
 * every appointment the generator completes, on the generator's thread, and sends its own
 * commands (a visit with its notes, an invoice and its payment...). The random source is the
 * practitioner's, so the same seed gives the same history. Beans are called in their
 * {@link org.springframework.core.annotation.Order}.
 */
public interface DemoHistoryExtension {

    void appointmentCompleted(CompletedAppointment appointment, Random random);

    /**
     * Called once every practitioner's appointments are written, on the caller's thread, with
     * as many threads as the generator used: what must follow the whole organization's order
     * (invoice numbers are given in the order of issue) is done here.
     */
    default void historyCompleted(OrganizationId organizationId, int threads) {
    }

    /**
     * A completed appointment, with the time zone of its location (its day is the visit's day)
     * and the catalog service its type is billed with ({@code null}: the type bills none).
     */
    record CompletedAppointment(OrganizationId organizationId, AppointmentId appointmentId, PatientId patientId,
            UserId practitionerId, LocationId locationId, ZoneId zone, Instant start, Instant end,
            AppointmentTypeId appointmentTypeId, Service service) {
    }

    /** A catalog item as an invoice line takes it: its id, name, price before tax and tax rate in percent. */
    record Service(ProductId productId, String name, BigDecimal unitPrice, BigDecimal taxRate) {
    }
}
