package io.kine.command.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentWorkingHoursSet;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.SetWorkingHours;
import io.kine.kernel.scheduling.WorkingHoursId;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    static final WorkingHoursId HOURS = WorkingHoursId.random();
    static final OrganizationId CLINIC = OrganizationId.random();
    static final UserId PRACTITIONER = UserId.random();
    static final LocationId LOCATION = LocationId.random();
    static final LocalTimeRange MORNING = new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0));
    static final LocalTimeRange AFTERNOON = new LocalTimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0));

    private AggregateTestFixture<WorkingHours> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingHours.class);
    }

    static SetWorkingHours set(Map<DayOfWeek, List<LocalTimeRange>> week) {
        return new SetWorkingHours(HOURS, CLINIC, PRACTITIONER, LOCATION, week);
    }

    @Test
    void setsAWeekWithRangesInOrderAndDropsEmptyDays() {
        fixture.givenNoPriorActivity()
                .when(set(Map.of(DayOfWeek.MONDAY, List.of(AFTERNOON, MORNING), DayOfWeek.SUNDAY, List.of())))
                .expectEvents(new AppointmentWorkingHoursSet(HOURS, CLINIC, PRACTITIONER, LOCATION,
                        Map.of(DayOfWeek.MONDAY, List.of(MORNING, AFTERNOON))));
    }

    @Test
    void refusesOverlappingRanges() {
        fixture.givenNoPriorActivity()
                .when(set(Map.of(DayOfWeek.MONDAY, List.of(MORNING, new LocalTimeRange(LocalTime.of(11, 0), LocalTime.of(13, 0))))))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void refusesARangeEndingBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(set(Map.of(DayOfWeek.MONDAY, List.of(new LocalTimeRange(LocalTime.of(12, 0), LocalTime.of(8, 0))))))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void settingTheSameWeekAgainRecordsNothing() {
        fixture.given(new AppointmentWorkingHoursSet(HOURS, CLINIC, PRACTITIONER, LOCATION,
                        Map.of(DayOfWeek.MONDAY, List.of(MORNING))))
                .when(set(Map.of(DayOfWeek.MONDAY, List.of(MORNING))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void replacesTheWholeWeek() {
        fixture.given(new AppointmentWorkingHoursSet(HOURS, CLINIC, PRACTITIONER, LOCATION,
                        Map.of(DayOfWeek.MONDAY, List.of(MORNING))))
                .when(set(Map.of(DayOfWeek.TUESDAY, List.of(AFTERNOON))))
                .expectEvents(new AppointmentWorkingHoursSet(HOURS, CLINIC, PRACTITIONER, LOCATION,
                        Map.of(DayOfWeek.TUESDAY, List.of(AFTERNOON))));
    }
}
