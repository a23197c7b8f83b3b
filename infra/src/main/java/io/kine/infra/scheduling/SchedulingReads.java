package io.kine.infra.scheduling;

import io.kine.command.scheduling.AppointmentNotFound;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentTypeView;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.BookingParties;
import io.kine.kernel.scheduling.CheckBookingParties;
import io.kine.kernel.scheduling.FindAppointmentTypes;
import io.kine.kernel.scheduling.FindAppointments;
import io.kine.kernel.scheduling.GetAppointment;
import io.kine.kernel.scheduling.GetAppointmentType;
import io.kine.kernel.scheduling.GetWorkingHours;
import io.kine.kernel.scheduling.WorkingHoursView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The scheduling questions the web layer asks through the query bus, and read-your-writes. */
@Component
class SchedulingReads {

    private static final Duration POLL = Duration.ofMillis(10);

    private final QueryGateway queries;
    private final Duration readYourWritesTimeout;

    SchedulingReads(QueryGateway queries, @Value("${kine.read-your-writes.timeout:PT5S}") Duration readYourWritesTimeout) {
        this.queries = queries;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    List<AppointmentView> find(FindAppointments query) {
        return join(queries.query(query, ResponseTypes.multipleInstancesOf(AppointmentView.class)));
    }

    Optional<AppointmentView> appointment(OrganizationId organization, AppointmentId appointment) {
        return join(queries.query(new GetAppointment(organization, appointment),
                ResponseTypes.optionalInstanceOf(AppointmentView.class)));
    }

    AppointmentView existing(OrganizationId organization, AppointmentId appointment) {
        return appointment(organization, appointment).orElseThrow(() -> new AppointmentNotFound(appointment));
    }

    List<AppointmentTypeView> types(OrganizationId organization) {
        return join(queries.query(new FindAppointmentTypes(organization),
                ResponseTypes.multipleInstancesOf(AppointmentTypeView.class)));
    }

    Optional<AppointmentTypeView> type(OrganizationId organization, AppointmentTypeId type) {
        return join(queries.query(new GetAppointmentType(organization, type),
                ResponseTypes.optionalInstanceOf(AppointmentTypeView.class)));
    }

    Optional<WorkingHoursView> workingHours(OrganizationId organization, UserId practitioner, LocationId location) {
        return join(queries.query(new GetWorkingHours(organization, practitioner, location),
                ResponseTypes.optionalInstanceOf(WorkingHoursView.class)));
    }

    BookingParties parties(OrganizationId organization, PatientId patient, UserId practitioner, LocationId location,
            ResourceId room, ResourceId equipment) {
        return join(queries.query(new CheckBookingParties(organization, patient, practitioner, location, room, equipment),
                ResponseTypes.instanceOf(BookingParties.class)));
    }

    AppointmentView awaitAppointment(OrganizationId organization, AppointmentId appointment, long version) {
        return await(() -> appointment(organization, appointment), AppointmentView::version, version)
                .orElseThrow(() -> new AppointmentNotFound(appointment));
    }

    Optional<AppointmentTypeView> awaitType(OrganizationId organization, AppointmentTypeId type, long version) {
        return await(() -> type(organization, type), AppointmentTypeView::version, version);
    }

    Optional<WorkingHoursView> awaitHours(OrganizationId organization, UserId practitioner, LocationId location,
            long version) {
        return await(() -> workingHours(organization, practitioner, location), WorkingHoursView::version, version);
    }

    /** The view once the read model holds at least {@code version}, or what is there at the timeout. */
    private <T> Optional<T> await(Supplier<Optional<T>> read, java.util.function.ToLongFunction<T> versionOf,
            long version) {
        long deadline = System.nanoTime() + readYourWritesTimeout.toNanos();
        Optional<T> view = read.get();
        while (view.map(v -> versionOf.applyAsLong(v) < version).orElse(true) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return view;
            }
            view = read.get();
        }
        return view;
    }

    private static <T> T join(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
