package io.kine.command.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.ExceptionKind;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.RecordWorkingHoursException;
import io.kine.kernel.scheduling.WithdrawWorkingHoursException;
import io.kine.kernel.scheduling.WorkingHoursExceptionId;
import io.kine.kernel.scheduling.WorkingHoursExceptionRecorded;
import io.kine.kernel.scheduling.WorkingHoursExceptionWithdrawn;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeOffTest {

    static final WorkingHoursExceptionId EXCEPTION = WorkingHoursExceptionId.random();
    static final OrganizationId CLINIC = OrganizationId.random();
    static final UserId PRACTITIONER = UserId.random();
    static final LocationId LOCATION = LocationId.random();
    static final DateRange AUGUST = new DateRange(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 21));
    static final List<LocalTimeRange> AFTERNOON = List.of(LocalTimeRange.of("14:00", "18:00"));

    private AggregateTestFixture<TimeOff> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TimeOff.class);
    }

    static RecordWorkingHoursException record(ExceptionKind kind, DateRange days, List<LocalTimeRange> hours) {
        return new RecordWorkingHoursException(EXCEPTION, CLINIC, PRACTITIONER, LOCATION, kind, days, hours, " leave ");
    }

    @Test
    void recordsWholeDaysOfTimeOff() {
        fixture.givenNoPriorActivity()
                .when(record(ExceptionKind.TIME_OFF, AUGUST, null))
                .expectEvents(new WorkingHoursExceptionRecorded(EXCEPTION, CLINIC, PRACTITIONER, LOCATION,
                        ExceptionKind.TIME_OFF, AUGUST, List.of(), "leave"));
    }

    @Test
    void recordsChangedHoursForEveryLocationWhenNoneIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new RecordWorkingHoursException(EXCEPTION, CLINIC, PRACTITIONER, null, ExceptionKind.CHANGED_HOURS,
                        AUGUST, AFTERNOON, null))
                .expectEvents(new WorkingHoursExceptionRecorded(EXCEPTION, CLINIC, PRACTITIONER, null,
                        ExceptionKind.CHANGED_HOURS, AUGUST, AFTERNOON, null));
    }

    @Test
    void refusesChangedHoursWithoutHoursAndAHolidayWithHours() {
        fixture.givenNoPriorActivity().when(record(ExceptionKind.CHANGED_HOURS, AUGUST, List.of()))
                .expectException(InvalidTimeOff.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(record(ExceptionKind.HOLIDAY, AUGUST, AFTERNOON))
                .expectException(InvalidTimeOff.class).expectNoEvents();
    }

    @Test
    void refusesReversedDaysOverlappingHoursAndMoreThanAYear() {
        fixture.givenNoPriorActivity()
                .when(record(ExceptionKind.TIME_OFF, new DateRange(AUGUST.last(), AUGUST.first()), null))
                .expectException(InvalidTimeOff.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(record(ExceptionKind.TIME_OFF, AUGUST, List.of(LocalTimeRange.of("09:00", "12:00"),
                        LocalTimeRange.of("11:00", "13:00"))))
                .expectException(InvalidTimeOff.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(record(ExceptionKind.HOLIDAY, new DateRange(AUGUST.first(), AUGUST.first().plusDays(366)), null))
                .expectException(InvalidTimeOff.class).expectNoEvents();
    }

    @Test
    void withdrawsOnceAndIgnoresARepeat() {
        WorkingHoursExceptionRecorded recorded = new WorkingHoursExceptionRecorded(EXCEPTION, CLINIC, PRACTITIONER,
                LOCATION, ExceptionKind.HOLIDAY, AUGUST, List.of(), null);
        fixture.given(recorded).when(new WithdrawWorkingHoursException(EXCEPTION, CLINIC))
                .expectEvents(new WorkingHoursExceptionWithdrawn(EXCEPTION, CLINIC));
        fixture.given(recorded, new WorkingHoursExceptionWithdrawn(EXCEPTION, CLINIC))
                .when(new WithdrawWorkingHoursException(EXCEPTION, CLINIC)).expectNoEvents();
        fixture.given(recorded).when(new WithdrawWorkingHoursException(EXCEPTION, OrganizationId.random()))
                .expectException(TimeOffNotFound.class).expectNoEvents();
    }
}
