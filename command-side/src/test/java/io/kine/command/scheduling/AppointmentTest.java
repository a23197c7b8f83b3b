package io.kine.command.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentArrived;
import io.kine.kernel.scheduling.AppointmentCancelled;
import io.kine.kernel.scheduling.AppointmentCompleted;
import io.kine.kernel.scheduling.AppointmentConfirmed;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentMarkedNoShow;
import io.kine.kernel.scheduling.AppointmentNotesChanged;
import io.kine.kernel.scheduling.AppointmentReassigned;
import io.kine.kernel.scheduling.AppointmentRescheduled;
import io.kine.kernel.scheduling.AppointmentScheduled;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.CancelAppointment;
import io.kine.kernel.scheduling.ChangeAppointmentNotes;
import io.kine.kernel.scheduling.CompleteAppointment;
import io.kine.kernel.scheduling.ConfirmAppointment;
import io.kine.kernel.scheduling.MarkAppointmentArrived;
import io.kine.kernel.scheduling.MarkAppointmentNoShow;
import io.kine.kernel.scheduling.ReassignAppointment;
import io.kine.kernel.scheduling.RescheduleAppointment;
import io.kine.kernel.scheduling.ScheduleAppointment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final Instant START = Instant.parse("2026-11-26T09:00:00Z");
    static final Instant END = START.plus(Duration.ofMinutes(30));
    static final Duration DAY = Duration.ofHours(24);
    static final AppointmentId APPOINTMENT = AppointmentId.random();
    static final OrganizationId CLINIC = OrganizationId.random();
    static final PatientId PATIENT = PatientId.random();
    static final UserId PRACTITIONER = UserId.random();
    static final LocationId LOCATION = LocationId.random();
    static final ResourceId ROOM = ResourceId.random();
    static final AppointmentTypeId FOLLOW_UP = AppointmentTypeId.random();

    private AggregateTestFixture<Appointment> fixture;
    private InMemoryBookedSlots slots;

    @BeforeEach
    void setUp() {
        slots = new InMemoryBookedSlots();
        at(NOW);
    }

    /** A fixture whose clock reads {@code now}. */
    private void at(Instant now) {
        fixture = new AggregateTestFixture<>(Appointment.class);
        fixture.registerInjectableResource(slots);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
    }

    static ScheduleAppointment schedule(AppointmentId id, Instant start, Instant end) {
        return new ScheduleAppointment(id, CLINIC, PATIENT, PRACTITIONER, LOCATION, ROOM, null, start, end, FOLLOW_UP,
                "  knee  ", null);
    }

    static AppointmentScheduled scheduled() {
        return new AppointmentScheduled(APPOINTMENT, CLINIC, PATIENT, PRACTITIONER, LOCATION, ROOM, null, START, END,
                FOLLOW_UP, "knee", null);
    }

    @Test
    void schedulesAnAppointmentAndHoldsPractitionerPatientAndRoom() {
        fixture.givenNoPriorActivity()
                .when(schedule(APPOINTMENT, START, END))
                .expectSuccessfulHandlerExecution()
                .expectEvents(scheduled());
        assertThat(slots.of(APPOINTMENT)).extracting(Slot::resource)
                .containsExactlyInAnyOrder(SlotResource.PRACTITIONER, SlotResource.PATIENT, SlotResource.ROOM);
    }

    @Test
    void recordsTheReasonForBookingOutsideWorkingHours() {
        ScheduleAppointment outside = new ScheduleAppointment(APPOINTMENT, CLINIC, PATIENT, PRACTITIONER, LOCATION,
                null, null, START, END, null, null, " urgent pain ");
        fixture.givenNoPriorActivity()
                .when(outside)
                .expectEvents(new AppointmentScheduled(APPOINTMENT, CLINIC, PATIENT, PRACTITIONER, LOCATION, null, null,
                        START, END, null, null, "urgent pain"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        fixture.givenNoPriorActivity()
                .when(schedule(APPOINTMENT, END, START))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEmptyAppointment() {
        fixture.givenNoPriorActivity()
                .when(schedule(APPOINTMENT, START, START))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnAppointmentLongerThanTwelveHours() {
        fixture.givenNoPriorActivity()
                .when(schedule(APPOINTMENT, START, START.plus(Duration.ofHours(12).plusMinutes(1))))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void acceptsTwelveHoursAcrossMidnight() {
        Instant evening = Instant.parse("2026-11-26T19:00:00Z");
        fixture.givenNoPriorActivity()
                .when(schedule(APPOINTMENT, evening, evening.plus(Duration.ofHours(12))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesABookingWithoutPatient() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAppointment(APPOINTMENT, CLINIC, null, PRACTITIONER, LOCATION, null, null, START, END,
                        null, null, null))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void refusesDoubleBookingOfPractitionerNamingTheOtherAppointment() {
        AppointmentId first = AppointmentId.random();
        slots.hold(first, java.util.List.of(new Slot(SlotResource.PRACTITIONER, PRACTITIONER.value(),
                START.minus(Duration.ofMinutes(15)), START.plus(Duration.ofMinutes(15)))));
        fixture.givenNoPriorActivity()
                .when(schedule(APPOINTMENT, START, END))
                .expectException(SlotTaken.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(first.toString()))
                .expectNoEvents();
    }

    @Test
    void acceptsABookingThatStartsWhenTheOtherEnds() {
        slots.hold(AppointmentId.random(), java.util.List.of(new Slot(SlotResource.PRACTITIONER, PRACTITIONER.value(),
                START.minus(Duration.ofMinutes(30)), START)));
        fixture.givenNoPriorActivity()
                .when(schedule(APPOINTMENT, START, END))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void confirmsABookedAppointment() {
        fixture.given(scheduled())
                .when(new ConfirmAppointment(APPOINTMENT, CLINIC))
                .expectEvents(new AppointmentConfirmed(APPOINTMENT, CLINIC));
    }

    @Test
    void confirmingTwiceRecordsNothingMore() {
        fixture.given(scheduled(), new AppointmentConfirmed(APPOINTMENT, CLINIC))
                .when(new ConfirmAppointment(APPOINTMENT, CLINIC))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsArrivalOfAConfirmedPatient() {
        fixture.given(scheduled(), new AppointmentConfirmed(APPOINTMENT, CLINIC))
                .when(new MarkAppointmentArrived(APPOINTMENT, CLINIC))
                .expectEvents(new AppointmentArrived(APPOINTMENT, CLINIC));
    }

    @Test
    void recordsArrivalWithoutConfirmation() {
        fixture.given(scheduled())
                .when(new MarkAppointmentArrived(APPOINTMENT, CLINIC))
                .expectEvents(new AppointmentArrived(APPOINTMENT, CLINIC));
    }

    @Test
    void completesAfterArrival() {
        fixture.given(scheduled(), new AppointmentArrived(APPOINTMENT, CLINIC))
                .when(new CompleteAppointment(APPOINTMENT, CLINIC))
                .expectEvents(new AppointmentCompleted(APPOINTMENT, CLINIC));
    }

    @Test
    void refusesToCompleteBeforeArrival() {
        fixture.given(scheduled())
                .when(new CompleteAppointment(APPOINTMENT, CLINIC))
                .expectException(InvalidTransition.class)
                .expectNoEvents();
    }

    @Test
    void refusesToConfirmACompletedAppointment() {
        fixture.given(scheduled(), new AppointmentArrived(APPOINTMENT, CLINIC), new AppointmentCompleted(APPOINTMENT, CLINIC))
                .when(new ConfirmAppointment(APPOINTMENT, CLINIC))
                .expectException(InvalidTransition.class)
                .expectNoEvents();
    }

    @Test
    void cancelsEarlyWithoutTheLateFlagAndFreesTheSlots() {
        slots.hold(APPOINTMENT, java.util.List.of(new Slot(SlotResource.PRACTITIONER, PRACTITIONER.value(), START, END)));
        fixture.given(scheduled())
                .when(new CancelAppointment(APPOINTMENT, CLINIC, " flu ", DAY))
                .expectEvents(new AppointmentCancelled(APPOINTMENT, CLINIC, "flu", false));
        assertThat(slots.of(APPOINTMENT)).isEmpty();
    }

    @Test
    void flagsACancellationInsideTheWindowAsLate() {
        at(START.minus(Duration.ofHours(23)));
        fixture.given(scheduled())
                .when(new CancelAppointment(APPOINTMENT, CLINIC, "flu", DAY))
                .expectEvents(new AppointmentCancelled(APPOINTMENT, CLINIC, "flu", true));
    }

    @Test
    void usesTheWindowTheCallerConfigured() {
        at(START.minus(Duration.ofHours(23)));
        fixture.given(scheduled())
                .when(new CancelAppointment(APPOINTMENT, CLINIC, "flu", Duration.ofHours(2)))
                .expectEvents(new AppointmentCancelled(APPOINTMENT, CLINIC, "flu", false));
    }

    @Test
    void refusesACancellationWithoutReason() {
        fixture.given(scheduled())
                .when(new CancelAppointment(APPOINTMENT, CLINIC, "  ", DAY))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void refusesToCancelAnArrivedPatient() {
        fixture.given(scheduled(), new AppointmentArrived(APPOINTMENT, CLINIC))
                .when(new CancelAppointment(APPOINTMENT, CLINIC, "flu", DAY))
                .expectException(InvalidTransition.class)
                .expectNoEvents();
    }

    @Test
    void recordsANoShowOnceTheAppointmentHasStarted() {
        at(START.plus(Duration.ofMinutes(1)));
        fixture.given(scheduled())
                .when(new MarkAppointmentNoShow(APPOINTMENT, CLINIC))
                .expectEvents(new AppointmentMarkedNoShow(APPOINTMENT, CLINIC));
    }

    @Test
    void refusesANoShowBeforeTheStart() {
        fixture.given(scheduled())
                .when(new MarkAppointmentNoShow(APPOINTMENT, CLINIC))
                .expectException(NoShowBeforeStart.class)
                .expectNoEvents();
    }

    @Test
    void refusesANoShowAfterArrival() {
        at(START.plus(Duration.ofMinutes(1)));
        fixture.given(scheduled(), new AppointmentArrived(APPOINTMENT, CLINIC))
                .when(new MarkAppointmentNoShow(APPOINTMENT, CLINIC))
                .expectException(InvalidTransition.class)
                .expectNoEvents();
    }

    @Test
    void reschedulesAndMovesTheSlots() {
        Instant later = START.plus(Duration.ofHours(2));
        fixture.given(scheduled())
                .when(new RescheduleAppointment(APPOINTMENT, CLINIC, later, later.plus(Duration.ofMinutes(45)), null))
                .expectEvents(new AppointmentRescheduled(APPOINTMENT, CLINIC, later, later.plus(Duration.ofMinutes(45)), null));
        assertThat(slots.of(APPOINTMENT)).allMatch(slot -> slot.start().equals(later));
    }

    @Test
    void reschedulingToTheSameTimeRecordsNothing() {
        fixture.given(scheduled())
                .when(new RescheduleAppointment(APPOINTMENT, CLINIC, START, END, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToRescheduleACancelledAppointment() {
        fixture.given(scheduled(), new AppointmentCancelled(APPOINTMENT, CLINIC, "flu", false))
                .when(new RescheduleAppointment(APPOINTMENT, CLINIC, END, END.plus(Duration.ofMinutes(30)), null))
                .expectException(InvalidTransition.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRescheduleOntoAnotherAppointmentOfThePractitioner() {
        AppointmentId other = AppointmentId.random();
        Instant later = START.plus(Duration.ofHours(2));
        slots.hold(other, java.util.List.of(new Slot(SlotResource.PRACTITIONER, PRACTITIONER.value(), later,
                later.plus(Duration.ofHours(1)))));
        fixture.given(scheduled())
                .when(new RescheduleAppointment(APPOINTMENT, CLINIC, later, later.plus(Duration.ofMinutes(30)), null))
                .expectException(SlotTaken.class)
                .expectNoEvents();
    }

    @Test
    void reassignsToAnotherPractitionerWithoutRoom() {
        UserId colleague = UserId.random();
        fixture.given(scheduled())
                .when(new ReassignAppointment(APPOINTMENT, CLINIC, colleague, null, null, null))
                .expectEvents(new AppointmentReassigned(APPOINTMENT, CLINIC, colleague, null, null, null));
        assertThat(slots.of(APPOINTMENT)).extracting(Slot::resource)
                .containsExactlyInAnyOrder(SlotResource.PRACTITIONER, SlotResource.PATIENT);
    }

    @Test
    void refusesToReassignToABusyRoom() {
        ResourceId busyRoom = ResourceId.random();
        slots.hold(AppointmentId.random(), java.util.List.of(new Slot(SlotResource.ROOM, busyRoom.value(), START, END)));
        fixture.given(scheduled())
                .when(new ReassignAppointment(APPOINTMENT, CLINIC, PRACTITIONER, busyRoom, null, null))
                .expectException(SlotTaken.class)
                .expectNoEvents();
    }

    @Test
    void changesTheNotes() {
        fixture.given(scheduled())
                .when(new ChangeAppointmentNotes(APPOINTMENT, CLINIC, "bring X-rays"))
                .expectEvents(new AppointmentNotesChanged(APPOINTMENT, CLINIC, PATIENT, "bring X-rays"));
    }

    @Test
    void answersAnotherClinicAsIfTheAppointmentDidNotExist() {
        fixture.given(scheduled())
                .when(new ConfirmAppointment(APPOINTMENT, OrganizationId.random()))
                .expectException(AppointmentNotFound.class)
                .expectNoEvents();
    }
}
