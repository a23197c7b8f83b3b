package io.kine.infra.scheduling;

import io.kine.command.scheduling.AppointmentNotFound;
import io.kine.command.scheduling.SeriesNotFound;
import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentSeriesView;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentTypeView;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.BookingParties;
import io.kine.kernel.scheduling.CheckBookingParties;
import io.kine.kernel.scheduling.FindAppointmentTypes;
import io.kine.kernel.scheduling.FindAppointments;
import io.kine.kernel.scheduling.FindPatientAppointments;
import io.kine.kernel.scheduling.FindPractitionerAvailability;
import io.kine.kernel.scheduling.FindWorkingHoursExceptions;
import io.kine.kernel.scheduling.GetAppointment;
import io.kine.kernel.scheduling.GetAppointmentSeries;
import io.kine.kernel.scheduling.GetAppointmentType;
import io.kine.kernel.scheduling.GetWorkingHours;
import io.kine.kernel.scheduling.GetWorkingHoursException;
import io.kine.kernel.scheduling.PractitionerAvailability;
import io.kine.kernel.scheduling.SeriesId;
import io.kine.kernel.scheduling.WorkingHoursException;
import io.kine.kernel.scheduling.WorkingHoursExceptionId;
import io.kine.kernel.scheduling.WorkingHoursView;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/** The scheduling questions the web layer asks through the query bus, and read-your-writes. */
@Component
class SchedulingReads {

    private final ReadModelQueries queries;

    SchedulingReads(ReadModelQueries queries) {
        this.queries = queries;
    }

    List<AppointmentView> find(FindAppointments query) {
        return queries.ask(query, ResponseTypes.multipleInstancesOf(AppointmentView.class));
    }

    Optional<AppointmentView> appointment(OrganizationId organization, AppointmentId appointment) {
        return queries.ask(new GetAppointment(organization, appointment),
                ResponseTypes.optionalInstanceOf(AppointmentView.class));
    }

    AppointmentView existing(OrganizationId organization, AppointmentId appointment) {
        return appointment(organization, appointment).orElseThrow(() -> new AppointmentNotFound(appointment));
    }

    List<AppointmentTypeView> types(OrganizationId organization) {
        return queries.ask(new FindAppointmentTypes(organization),
                ResponseTypes.multipleInstancesOf(AppointmentTypeView.class));
    }

    Optional<AppointmentTypeView> type(OrganizationId organization, AppointmentTypeId type) {
        return queries.ask(new GetAppointmentType(organization, type),
                ResponseTypes.optionalInstanceOf(AppointmentTypeView.class));
    }

    Optional<WorkingHoursView> workingHours(OrganizationId organization, UserId practitioner, LocationId location) {
        return queries.ask(new GetWorkingHours(organization, practitioner, location),
                ResponseTypes.optionalInstanceOf(WorkingHoursView.class));
    }

    BookingParties parties(OrganizationId organization, PatientId patient, UserId practitioner, LocationId location,
            ResourceId room, ResourceId equipment) {
        return queries.ask(new CheckBookingParties(organization, patient, practitioner, location, room, equipment),
                ResponseTypes.instanceOf(BookingParties.class));
    }

    /**
     * The location's time zone once every named party is the organization's (and the room and
     * equipment the location's); otherwise a refusal naming the fields.
     */
    String timeZoneOfParties(OrganizationId organization, PatientId patient, UserId practitioner, LocationId location,
            ResourceId room, ResourceId equipment, AppointmentTypeId type, String... notAsked) {
        BookingParties found = parties(organization, patient, practitioner, location, room, equipment);
        List<String> unknown = new java.util.ArrayList<>(found.unknownFields());
        unknown.removeAll(List.of(notAsked));

        if (type != null && type(organization, type).isEmpty()) {
            unknown.add("appointmentTypeId");
        }
        if (!unknown.isEmpty()) {
            throw new UnknownBookingParty(unknown);
        }
        return found.timeZone();
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

    Optional<AppointmentSeriesView> series(OrganizationId organization, SeriesId series) {
        return queries.ask(new GetAppointmentSeries(organization, series),
                ResponseTypes.optionalInstanceOf(AppointmentSeriesView.class));
    }

    AppointmentSeriesView existingSeries(OrganizationId organization, SeriesId series) {
        return series(organization, series).orElseThrow(() -> new SeriesNotFound(series));
    }

    /** The series once the read model shows it with {@code occurrences} occurrences and at least {@code version}. */
    AppointmentSeriesView awaitSeries(OrganizationId organization, SeriesId series, int occurrences, long version) {
        return queries.awaitUntil(() -> series(organization, series), view -> view
                        .map(v -> v.occurrences().size() >= occurrences && v.version() >= version).orElse(false))
                .orElseThrow(() -> new SeriesNotFound(series));
    }

    List<AppointmentView> patientAppointments(FindPatientAppointments query) {
        return queries.ask(query, ResponseTypes.multipleInstancesOf(AppointmentView.class));
    }

    List<PractitionerAvailability> availability(FindPractitionerAvailability query) {
        return queries.ask(query, ResponseTypes.multipleInstancesOf(PractitionerAvailability.class));
    }

    List<WorkingHoursException> exceptions(FindWorkingHoursExceptions query) {
        return queries.ask(query, ResponseTypes.multipleInstancesOf(WorkingHoursException.class));
    }

    Optional<WorkingHoursException> exception(OrganizationId organization, WorkingHoursExceptionId exception) {
        return queries.ask(new GetWorkingHoursException(organization, exception),
                ResponseTypes.optionalInstanceOf(WorkingHoursException.class));
    }

    Optional<WorkingHoursException> awaitException(OrganizationId organization, WorkingHoursExceptionId exception,
            long version) {
        return await(() -> exception(organization, exception), WorkingHoursException::version, version);
    }

    /** The view once the read model holds at least {@code version}, or what is there at the timeout. */
    private <T> Optional<T> await(Supplier<Optional<T>> read, ToLongFunction<T> versionOf, long version) {
        return queries.awaitUntil(read, view -> view.map(v -> versionOf.applyAsLong(v) >= version).orElse(false));
    }

}
