package io.kine.command.scheduling;

import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentTypeChanged;
import io.kine.kernel.scheduling.AppointmentTypeDefined;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.ChangeAppointmentType;
import io.kine.kernel.scheduling.DefineAppointmentType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppointmentTypeTest {

    static final AppointmentTypeId TYPE = AppointmentTypeId.random();
    static final OrganizationId CLINIC = OrganizationId.random();

    private AggregateTestFixture<AppointmentType> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AppointmentType.class);
    }

    @Test
    void definesATypeWithTidiedNameAndColour() {
        fixture.givenNoPriorActivity()
                .when(new DefineAppointmentType(TYPE, CLINIC, " Bilan ", 45, "#a1b2c3"))
                .expectEvents(new AppointmentTypeDefined(TYPE, CLINIC, "Bilan", 45, "#A1B2C3"));
    }

    @Test
    void refusesDurationsOutsideFiveMinutesToEightHours() {
        fixture.givenNoPriorActivity()
                .when(new DefineAppointmentType(TYPE, CLINIC, "Bilan", 4, "#A1B2C3"))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DefineAppointmentType(TYPE, CLINIC, "Bilan", 481, "#A1B2C3"))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void refusesAColourThatIsNotHashAndSixHexDigits() {
        fixture.givenNoPriorActivity()
                .when(new DefineAppointmentType(TYPE, CLINIC, "Bilan", 30, "red"))
                .expectException(InvalidAppointment.class)
                .expectNoEvents();
    }

    @Test
    void changesTheDuration() {
        fixture.given(new AppointmentTypeDefined(TYPE, CLINIC, "Bilan", 45, "#A1B2C3"))
                .when(new ChangeAppointmentType(TYPE, CLINIC, "Bilan", 60, "#A1B2C3"))
                .expectEvents(new AppointmentTypeChanged(TYPE, CLINIC, "Bilan", 60, "#A1B2C3"));
    }

    @Test
    void changingNothingRecordsNothing() {
        fixture.given(new AppointmentTypeDefined(TYPE, CLINIC, "Bilan", 45, "#A1B2C3"))
                .when(new ChangeAppointmentType(TYPE, CLINIC, "Bilan", 45, "#a1b2c3"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void answersAnotherClinicAsNotFound() {
        fixture.given(new AppointmentTypeDefined(TYPE, CLINIC, "Bilan", 45, "#A1B2C3"))
                .when(new ChangeAppointmentType(TYPE, OrganizationId.random(), "Bilan", 60, "#A1B2C3"))
                .expectException(AppointmentTypeNotFound.class)
                .expectNoEvents();
    }
}
