package io.kine.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.Role;
import io.kine.kernel.organization.AddResource;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.ScheduleAppointment;
import io.kine.kernel.scheduling.SetWorkingHours;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.WorkingHoursId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk's calendar in Chromium, in French and in Arabic: book by clicking an empty
 * slot, move by drag and drop, and see a move onto a taken slot refused with the reason and put
 * back. Paris in January is UTC+1, so 09:00 on the page is 08:00Z in the database.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    LocationId location = LocationId.random();
    ResourceId room = ResourceId.random();
    ResourceId otherRoom = ResourceId.random();

    @BeforeAll
    void aClinicWithAPractitionerARoomAndPatients() {
        Browser.requireChromium();
        clinic = new TestClinics(context).aClinic();
        commands.send(new OpenLocation(clinic.organizationId(), location, "Paris 11e", ZoneId.of("Europe/Paris")),
                clinic.organizationId());
        commands.send(new AddResource(clinic.organizationId(), location, room, ResourceKind.ROOM, "Salle 1"),
                clinic.organizationId());
        commands.send(new AddResource(clinic.organizationId(), location, otherRoom, ResourceKind.ROOM, "Salle 2"),
                clinic.organizationId());
        await().until(() -> count("SELECT count(*) FROM read_model.resource WHERE location_id = :id", location.value()) == 2);
        await().until(() -> count("SELECT count(*) FROM read_model.staff_member WHERE organization_id = :id",
                clinic.organizationId().value()) == clinic.users().size());
        java.util.Map<java.time.DayOfWeek, List<LocalTimeRange>> week = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek day : List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY,
                java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LocalTimeRange(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(19, 0))));
        }
        commands.send(new SetWorkingHours(WorkingHoursId.random(), clinic.organizationId(),
                clinic.user(Role.PRACTITIONER).userId(), location, week), clinic.organizationId());
        await().until(() -> count("SELECT count(*) FROM read_model.working_hours WHERE location_id = :id",
                location.value()) == 1);
    }

    @Test
    void booksMovesAndRefusesAConflictingMoveInFrench() {
        PatientId held = aPatient("Benali");
        aPatient("Moreau");
        holdElevenOClock(held, LocalDate.of(2030, 1, 7));
        try (Browser browser = loggedIn("fr")) {
            browser.open("/calendar?view=day&date=2030-01-07&locationId=" + location.value());
            assertThat(browser.attribute("html", "dir")).isEqualTo("ltr");

            bookAtNine(browser, "Moreau");
            assertThat(browser.find(".fc-timegrid-event .kine-event-status").getText()).contains("Réservé");
            assertThat(startOf("Moreau")).isEqualTo(Instant.parse("2030-01-07T08:00:00Z"));

            dragByHours(browser, "Moreau", 1);
            await().until(() -> Instant.parse("2030-01-07T09:00:00Z").equals(startOf("Moreau")));
            browser.waitForText("#calendar-announcer", "Rendez-vous déplacé.");

            String before = event(browser, "Moreau").findElement(By.cssSelector(".kine-event-time")).getText();
            dragByHours(browser, "Moreau", 1);
            browser.waitForText("#calendar-alert", "Créneau déjà pris");
            assertThat(browser.find("#calendar-alert").getText()).contains("Déplacement refusé").contains("Amina Benali");
            assertThat(event(browser, "Moreau").findElement(By.cssSelector(".kine-event-time")).getText()).isEqualTo(before);
            assertThat(startOf("Moreau")).isEqualTo(Instant.parse("2030-01-07T09:00:00Z"));
            assertThat(browser.accessibilityViolations()).isEmpty();

            event(browser, "Moreau").click();
            browser.waitForText("#appointment-modal.show #appointment-patient", "Amina Moreau");
            browser.click("#appointment-confirm");
            browser.waitForText("#calendar-announcer", "Rendez-vous mis à jour.");
            browser.waitForText(".fc-timegrid-event.kine-status-confirmed .kine-event-status", "Confirmé");

            event(browser, "Moreau").click();
            browser.find("#appointment-modal.show #appointment-cancel").click();
            browser.waitForText("#appointment-reason-error", "obligatoire");
            browser.type("#appointment-reason", "Empêchement");
            browser.click("#appointment-cancel");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//*[contains(@class,'fc-timegrid-event')][.//*[contains(., 'Moreau')]]")));
            assertThat(jdbc.sql("SELECT status FROM read_model.appointment a JOIN read_model.patient p"
                    + " ON p.patient_id = a.patient_id WHERE p.last_name = 'Moreau' AND a.organization_id = :org")
                    .param("org", clinic.organizationId().value()).query(String.class).single()).isEqualTo("CANCELLED");
        }
    }

    @Test
    void showsOneColumnPerPractitionerAndPerRoom() {
        PatientId patient = aPatient("Haddad");
        holdElevenOClock(patient, LocalDate.of(2030, 1, 9), room);
        try (Browser browser = loggedIn("fr")) {
            browser.open("/calendar?view=practitioners&date=2030-01-09&locationId=" + location.value());
            browser.waitForText(".kine-column-heading", "Test PRACTITIONER");
            browser.waitForText(".kine-column .fc-timegrid-event", "Haddad");
            browser.find(".kine-column .fc-non-business");
            assertThat(browser.find("#calendar-main .fc-kinePractitioners-button").getDomAttribute("aria-pressed"))
                    .isEqualTo("true");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.click("#calendar-main .fc-kineRooms-button");
            browser.waitForText(".kine-column-heading", "Salle 1");
            WebElement inFirstRoom = browser.find(".kine-column[data-column-id='" + room.value() + "'] .fc-timegrid-event");
            WebElement secondRoom = browser.find(".kine-column[data-column-id='" + otherRoom.value() + "']");
            int across = secondRoom.getLocation().getX() - inFirstRoom.getLocation().getX();
            Actions drag = new Actions(browser.driver())
                    .moveToElement(inFirstRoom, 0, -inFirstRoom.getSize().getHeight() / 2 + 5).clickAndHold();
            for (int step = 0; step < 10; step++) {
                drag = drag.moveByOffset(across / 10, 0);
            }
            drag.moveByOffset(across % 10, 0).release().perform();
            await().until(() -> otherRoom.value().equals(jdbc.sql("""
                    SELECT a.room_id FROM read_model.appointment a JOIN read_model.patient p ON p.patient_id = a.patient_id
                    WHERE p.last_name = 'Haddad' AND a.organization_id = :org
                    """).param("org", clinic.organizationId().value()).query(java.util.UUID.class).single()));
            browser.waitForText(".kine-column[data-column-id='" + otherRoom.value() + "'] .fc-timegrid-event", "Haddad");
            // dropped into another calendar, an appointment lands where its middle is, as the drag showed it:
            // straight across, a 30-minute one starts a quarter of an hour later
            assertThat(startOf("Haddad")).isEqualTo(Instant.parse("2030-01-09T10:15:00Z"));
            browser.waitForText(".kine-column[data-column-id='" + otherRoom.value() + "'] .kine-event-time", "11:15");
        }
    }

    @Test
    void worksRightToLeftInArabic() {
        PatientId held = aPatient("Alaoui");
        aPatient("Tazi");
        holdElevenOClock(held, LocalDate.of(2030, 1, 8));
        try (Browser browser = loggedIn("ar")) {
            browser.open("/calendar?view=day&date=2030-01-08&locationId=" + location.value());
            assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
            assertThat(browser.all(".fc.fc-direction-rtl")).isNotEmpty();
            assertThat(browser.find(".fc-kineDay-button").getText()).isEqualTo("يوم");

            bookAtNine(browser, "Tazi");
            assertThat(browser.find(".fc-timegrid-event .kine-event-status").getText()).contains("محجوز");
            dragByHours(browser, "Tazi", 1);
            await().until(() -> Instant.parse("2030-01-08T09:00:00Z").equals(startOf("Tazi")));
            browser.waitForText("#calendar-announcer", "تم نقل الموعد.");

            dragByHours(browser, "Tazi", 1);
            browser.waitForText("#calendar-alert", "رُفض النقل");
            assertThat(browser.find("#calendar-alert").getText()).contains("Alaoui");
            assertThat(startOf("Tazi")).isEqualTo(Instant.parse("2030-01-08T09:00:00Z"));
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    /** Clicks the empty 09:00 slot, finds the patient in the dialog and books. */
    private void bookAtNine(Browser browser, String lastName) {
        browser.click("td.fc-timegrid-slot-lane[data-time='09:00:00']");
        browser.find("#booking-modal.show #booking-patientId");
        browser.type("#booking-patientId", lastName);
        browser.click(".kine-patient-choice");
        browser.waitForText("#booking-patient-chosen", lastName);
        assertThat(browser.find("#booking-start").getDomProperty("value")).isEqualTo(
                browser.find("#booking-start").getDomProperty("value").substring(0, 11) + "09:00");
        browser.click("#booking-submit");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("booking-modal")));
        event(browser, lastName);
    }

    private void dragByHours(Browser browser, String lastName, int hours) {
        WebElement nine = browser.find("td.fc-timegrid-slot-lane[data-time='09:00:00']");
        WebElement ten = browser.find("td.fc-timegrid-slot-lane[data-time='10:00:00']");
        int hour = ten.getLocation().getY() - nine.getLocation().getY();
        WebElement moving = event(browser, lastName);
        // hold the event near its top edge: its bottom edge is the resize handle
        int fromCentreToTop = moving.getSize().getHeight() / 2 - 5;
        new Actions(browser.driver()).moveToElement(moving, 0, -fromCentreToTop).clickAndHold().moveByOffset(0, 4)
                .moveByOffset(0, hour * hours / 2).moveByOffset(0, hour * hours / 2 - 4).release().perform();
    }

    private WebElement event(Browser browser, String lastName) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fc-timegrid-event')][.//*[contains(@class,'kine-event-title')"
                        + " and contains(., '" + lastName + "')]]")));
    }

    private Browser loggedIn(String language) {
        Browser browser = new Browser("http://localhost:" + port);
        browser.open("/login?lang=" + language);
        browser.type("#username", clinic.user(Role.ASSISTANT).getUsername());
        browser.type("#password", TestClinics.PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("#current-user", "Test " + Role.ASSISTANT);
        return browser;
    }

    private PatientId aPatient(String lastName) {
        PatientId patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic.organizationId(), new PatientDetails("Amina", lastName,
                LocalDate.of(1985, 3, 14), Sex.FEMALE, null, null, null, null)), clinic.organizationId());
        await().until(() -> count("SELECT count(*) FROM read_model.patient WHERE patient_id = :id", patient.value()) == 1);
        return patient;
    }

    /** 11:00 to 11:30 Paris time with the clinic's practitioner, already booked. */
    private void holdElevenOClock(PatientId patient, LocalDate day) {
        holdElevenOClock(patient, day, null);
    }

    private void holdElevenOClock(PatientId patient, LocalDate day, ResourceId inRoom) {
        AppointmentId appointment = AppointmentId.random();
        Instant eleven = day.atTime(11, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
        commands.send(new ScheduleAppointment(appointment, clinic.organizationId(), patient,
                clinic.user(Role.PRACTITIONER).userId(), location, inRoom, null, eleven, eleven.plus(Duration.ofMinutes(30)),
                null, null, null), clinic.organizationId());
        await().until(() -> count("SELECT count(*) FROM read_model.appointment WHERE appointment_id = :id",
                appointment.value()) == 1);
    }

    private Instant startOf(String lastName) {
        List<Timestamp> starts = jdbc.sql("""
                SELECT a.starts_at FROM read_model.appointment a JOIN read_model.patient p ON p.patient_id = a.patient_id
                WHERE a.organization_id = :organization AND p.last_name = :name
                """)
                .param("organization", clinic.organizationId().value()).param("name", lastName)
                .query(Timestamp.class).list();
        return starts.isEmpty() ? null : starts.get(0).toInstant();
    }

    private long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
