package io.kine.command.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentSeriesBooked;
import io.kine.kernel.scheduling.AppointmentSeriesCancelled;
import io.kine.kernel.scheduling.AppointmentSeriesChanged;
import io.kine.kernel.scheduling.BookAppointmentSeries;
import io.kine.kernel.scheduling.CancelAppointmentSeries;
import io.kine.kernel.scheduling.ChangeAppointmentSeries;
import io.kine.kernel.scheduling.RecurrenceRule;
import io.kine.kernel.scheduling.SeriesBookingMode;
import io.kine.kernel.scheduling.SeriesId;
import io.kine.kernel.scheduling.SeriesOccurrence;
import io.kine.kernel.scheduling.SeriesScope;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppointmentSeriesTest {

    static final SeriesId SERIES = SeriesId.random();
    static final OrganizationId CLINIC = OrganizationId.random();
    static final PatientId PATIENT = PatientId.random();
    static final UserId PRACTITIONER = UserId.random();
    static final LocationId LOCATION = LocationId.random();
    static final ResourceId ROOM = ResourceId.random();
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    /** Monday 23 March 2026, 09:00: the clocks go forward in Paris on the 29th. */
    static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 3, 23, 9, 0);

    private AggregateTestFixture<AppointmentSeries> fixture;
    private InMemoryBookedSlots slots;

    @BeforeEach
    void setUp() {
        slots = new InMemoryBookedSlots();
        fixture = new AggregateTestFixture<>(AppointmentSeries.class);
        fixture.registerInjectableResource(slots);
    }

    static BookAppointmentSeries weekly(int times, ZoneId zone, SeriesBookingMode mode) {
        return new BookAppointmentSeries(SERIES, CLINIC, PATIENT, PRACTITIONER, LOCATION, ROOM, null, null, " knee ",
                RecurrenceRule.weekly(Set.of(DayOfWeek.MONDAY)).times(times), MONDAY_NINE, HALF_HOUR, zone, mode, null);
    }

    static Instant paris(int month, int day) {
        return LocalDateTime.of(2026, month, day, 9, 0).atZone(PARIS).toInstant();
    }

    @Test
    void booksEveryOccurrenceAtNineInParisAcrossTheClockChange() {
        AppointmentSeriesBooked booked = booked(weekly(3, PARIS, SeriesBookingMode.ALL_OR_NOTHING));
        assertThat(booked.occurrences()).extracting(SeriesOccurrence::start)
                .containsExactly(paris(3, 23), paris(3, 30), paris(4, 6));
        // before the change Paris is UTC+1, after it UTC+2: the same 09:00 is an hour earlier in UTC
        assertThat(booked.occurrences().get(1).start()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(booked.rule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO;COUNT=3");
        assertThat(booked.notes()).isEqualTo("knee");
        assertThat(booked.skipped()).isEmpty();
    }

    @Test
    void keepsNineInCasablancaWhenTheClocksGoBackForRamadan() {
        // 2026: Morocco leaves UTC+1 for UTC+0 on 15 February and returns on 22 March
        BookAppointmentSeries command = new BookAppointmentSeries(SERIES, CLINIC, PATIENT, PRACTITIONER, LOCATION, null,
                null, null, null, RecurrenceRule.weekly(Set.of(DayOfWeek.MONDAY)).times(7),
                LocalDateTime.of(2026, 2, 9, 9, 0), HALF_HOUR, CASABLANCA, SeriesBookingMode.ALL_OR_NOTHING, null);

        AppointmentSeriesBooked booked = booked(command);

        assertThat(booked.occurrences()).allSatisfy(occurrence ->
                assertThat(occurrence.start().atZone(CASABLANCA).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        assertThat(booked.occurrences().get(0).start()).isEqualTo(Instant.parse("2026-02-09T08:00:00Z"));
        assertThat(booked.occurrences().get(1).start()).isEqualTo(Instant.parse("2026-02-16T09:00:00Z"));
        assertThat(booked.occurrences().get(6).start()).isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
    }

    @Test
    void refusesTheWholeSeriesNamingEachTakenOccurrenceWhenAllOrNothing() {
        AppointmentId other = AppointmentId.random();
        slots.hold(other, List.of(new Slot(SlotResource.ROOM, ROOM.value(), paris(3, 30), paris(3, 30).plus(HALF_HOUR))));

        fixture.givenNoPriorActivity()
                .when(weekly(3, PARIS, SeriesBookingMode.ALL_OR_NOTHING))
                .expectException(SeriesConflicts.class)
                .expectNoEvents();
        assertThat(SeriesPlan.of(weekly(3, PARIS, SeriesBookingMode.ALL_OR_NOTHING), slots).split().conflicting())
                .singleElement().satisfies(taken -> {
                    assertThat(taken.occurrence().start()).isEqualTo(paris(3, 30));
                    assertThat(taken.conflict().conflictingAppointment()).isEqualTo(other);
                    assertThat(taken.conflict().resource()).isEqualTo(SlotResource.ROOM);
                });
    }

    @Test
    void booksOnlyTheFreeOccurrencesAndRecordsTheSkippedOnesWithWhatTookThem() {
        AppointmentId other = AppointmentId.random();
        slots.hold(other, List.of(new Slot(SlotResource.PATIENT, PATIENT.value(), paris(3, 30).minus(HALF_HOUR),
                paris(3, 30).plusSeconds(60))));

        AppointmentSeriesBooked booked = booked(weekly(3, PARIS, SeriesBookingMode.FREE_ONLY));

        assertThat(booked.occurrences()).extracting(SeriesOccurrence::start).containsExactly(paris(3, 23), paris(4, 6));
        assertThat(booked.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.start()).isEqualTo(paris(3, 30));
            assertThat(skipped.conflictingAppointmentId()).isEqualTo(other);
            assertThat(skipped.resource()).isEqualTo("PATIENT");
        });
    }

    @Test
    void refusesASeriesWhoseEveryOccurrenceIsTakenEvenWhenBookingTheFreeOnes() {
        slots.hold(AppointmentId.random(), List.of(new Slot(SlotResource.PRACTITIONER, PRACTITIONER.value(),
                paris(3, 1), paris(5, 1))));

        fixture.givenNoPriorActivity()
                .when(weekly(3, PARIS, SeriesBookingMode.FREE_ONLY))
                .expectException(SeriesConflicts.class)
                .expectNoEvents();
    }

    /** RFC 5545 3.8.5.3, "weekly on Tuesday and Thursday for five weeks", booked as a series in New York. */
    @Test
    void booksTheRfc5545TuesdayAndThursdayExampleAsTenOccurrences() {
        ZoneId newYork = ZoneId.of("America/New_York");
        RecurrenceRule rule = RecurrenceRules.parse("FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", newYork);
        BookAppointmentSeries command = new BookAppointmentSeries(SERIES, CLINIC, PATIENT, PRACTITIONER, LOCATION, null,
                null, null, null, rule, LocalDateTime.of(1997, 9, 2, 9, 0), HALF_HOUR, newYork,
                SeriesBookingMode.ALL_OR_NOTHING, null);

        AppointmentSeriesBooked booked = booked(command);

        assertThat(booked.occurrences()).extracting(o -> o.start().atZone(newYork).toLocalDate().getDayOfMonth())
                .containsExactly(2, 4, 9, 11, 16, 18, 23, 25, 30, 2);
        assertThat(booked.occurrences()).allSatisfy(o ->
                assertThat(o.start().atZone(newYork).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        assertThat(booked.rule()).contains("BYDAY=TU,TH").contains("COUNT=10").contains("WKST=SU");
    }

    @Test
    void refusesARuleItCannotExpand() {
        BookAppointmentSeries tooMany = new BookAppointmentSeries(SERIES, CLINIC, PATIENT, PRACTITIONER, LOCATION, null,
                null, null, null, RecurrenceRule.weekly(Set.of(DayOfWeek.TUESDAY)).times(3), MONDAY_NINE, HALF_HOUR,
                PARIS, null, null);

        fixture.givenNoPriorActivity().when(tooMany).expectException(InvalidRecurrence.class).expectNoEvents();
    }

    @Test
    void cancelsThisAndTheFollowingOccurrencesStillToCome() {
        AppointmentSeriesBooked booked = booked(weekly(4, PARIS, SeriesBookingMode.ALL_OR_NOTHING));
        List<AppointmentId> ids = booked.occurrences().stream().map(SeriesOccurrence::appointmentId).toList();
        // the last one was already cancelled on its own: it is no longer upcoming
        List<AppointmentId> upcoming = ids.subList(0, 3);

        fixture.given(booked)
                .when(new CancelAppointmentSeries(SERIES, CLINIC, SeriesScope.FOLLOWING, ids.get(1), upcoming, " moving "))
                .expectResultMessagePayload(List.of(ids.get(1), ids.get(2)))
                .expectEvents(new AppointmentSeriesCancelled(SERIES, CLINIC, SeriesScope.FOLLOWING, ids.get(1),
                        List.of(ids.get(1), ids.get(2)), "moving"));
    }

    @Test
    void cancelsOneOccurrenceOrTheWholeSeries() {
        AppointmentSeriesBooked booked = booked(weekly(3, PARIS, SeriesBookingMode.ALL_OR_NOTHING));
        List<AppointmentId> ids = booked.occurrences().stream().map(SeriesOccurrence::appointmentId).toList();

        fixture.given(booked)
                .when(new CancelAppointmentSeries(SERIES, CLINIC, SeriesScope.ONE, ids.get(2), ids, "ill"))
                .expectResultMessagePayload(List.of(ids.get(2)));
        fixture.given(booked)
                .when(new CancelAppointmentSeries(SERIES, CLINIC, SeriesScope.ALL, null, ids.subList(1, 3), "ill"))
                .expectResultMessagePayload(ids.subList(1, 3));
    }

    @Test
    void refusesAnOccurrenceOfAnotherSeries() {
        fixture.given(booked(weekly(2, PARIS, SeriesBookingMode.ALL_OR_NOTHING)))
                .when(new CancelAppointmentSeries(SERIES, CLINIC, SeriesScope.ONE, AppointmentId.random(), List.of(), "x"))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void answersAnotherClinicAsIfTheSeriesDidNotExist() {
        fixture.given(booked(weekly(2, PARIS, SeriesBookingMode.ALL_OR_NOTHING)))
                .when(new CancelAppointmentSeries(SERIES, OrganizationId.random(), SeriesScope.ALL, null, List.of(), "x"))
                .expectException(SeriesNotFound.class)
                .expectNoEvents();
    }

    @Test
    void recordsAChangeOfTimeForTheFollowingOccurrences() {
        AppointmentSeriesBooked booked = booked(weekly(3, PARIS, SeriesBookingMode.ALL_OR_NOTHING));
        List<AppointmentId> ids = booked.occurrences().stream().map(SeriesOccurrence::appointmentId).toList();

        fixture.given(booked)
                .when(new ChangeAppointmentSeries(SERIES, CLINIC, SeriesScope.FOLLOWING, ids.get(1), ids,
                        LocalTime.of(10, 0), Duration.ofMinutes(45), PRACTITIONER, null, null, null))
                .expectResultMessagePayload(ids.subList(1, 3))
                .expectEvents(new AppointmentSeriesChanged(SERIES, CLINIC, PATIENT, SeriesScope.FOLLOWING, ids.get(1),
                        ids.subList(1, 3), LocalTime.of(10, 0), Duration.ofMinutes(45), PRACTITIONER, null, null, null));
    }

    @Test
    void refusesAChangeToAnOccurrenceLongerThanTwelveHours() {
        AppointmentSeriesBooked booked = booked(weekly(2, PARIS, SeriesBookingMode.ALL_OR_NOTHING));

        fixture.given(booked)
                .when(new ChangeAppointmentSeries(SERIES, CLINIC, SeriesScope.ALL, null, List.of(), LocalTime.of(8, 0),
                        Duration.ofHours(13), PRACTITIONER, null, null, null))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    /** What the fixture records for {@code command} on a fresh series. */
    private AppointmentSeriesBooked booked(BookAppointmentSeries command) {
        Object[] recorded = new Object[1];
        fixture.givenNoPriorActivity().when(command).expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(new org.hamcrest.BaseMatcher<>() {
                            @Override
                            public boolean matches(Object actual) {
                                recorded[0] = actual;
                                return actual instanceof AppointmentSeriesBooked;
                            }

                            @Override
                            public void describeTo(org.hamcrest.Description description) {
                                description.appendText("a booked series");
                            }
                        }, org.axonframework.test.matchers.Matchers.andNoMore())));
        return (AppointmentSeriesBooked) recorded[0];
    }
}
