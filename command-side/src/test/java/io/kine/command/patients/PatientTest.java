package io.kine.command.patients;

import static org.hamcrest.Matchers.contains;

import io.kine.command.FieldViolation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.ArchivePatient;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientArchived;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientDetailsUpdated;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientRegistered;
import io.kine.kernel.patients.PatientRestored;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.RestorePatient;
import io.kine.kernel.patients.Sex;
import io.kine.kernel.patients.UpdatePatientDetails;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientTest {

    private static final Clock NOV_24_2026 = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final PatientId PATIENT = PatientId.random();
    private static final OrganizationId CLINIC = OrganizationId.random();

    private AggregateTestFixture<Patient> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(NOV_24_2026);
    }

    static PatientDetails amina() {
        return new PatientDetails("Amina", "Benali", LocalDate.of(1985, 3, 14), Sex.FEMALE, "+33612345678",
                "amina@example.org", new PostalAddress("3 rue des Lilas", "75011", "Paris", "France"),
                new Insurance("MGEN", "123456"));
    }

    @Test
    void registersAPatientWithTidiedDetails() {
        PatientDetails typed = new PatientDetails("  Amina ", "Benali", LocalDate.of(1985, 3, 14), Sex.FEMALE,
                "06 12 34 56 78", "amina@example.org", new PostalAddress("3 rue des Lilas", "75011", "Paris", "France"),
                new Insurance("MGEN", "123456"));

        fixture.givenNoPriorActivity()
                .when(new RegisterPatient(PATIENT, CLINIC, typed))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PatientRegistered(PATIENT, CLINIC, amina()));
    }

    @Test
    void refusesMissingNamesAndAFutureBirthDateAllAtOnce() {
        PatientDetails bad = new PatientDetails(" ", null, LocalDate.of(2027, 1, 1), Sex.MALE, null, null, null, null);

        fixture.givenNoPriorActivity()
                .when(new RegisterPatient(PATIENT, CLINIC, bad))
                .expectException(InvalidPatientDetails.class)
                .expectNoEvents()
                .expectException(rejectedFor(
                        new FieldViolation("firstName", "validation.required"),
                        new FieldViolation("lastName", "validation.required"),
                        new FieldViolation("dateOfBirth", "patient.dateOfBirth.future")));
    }

    @Test
    void refusesAnAbsurdlyOldBirthDate() {
        PatientDetails ancient = withBirthDate(LocalDate.of(1890, 1, 1));

        fixture.givenNoPriorActivity()
                .when(new RegisterPatient(PATIENT, CLINIC, ancient))
                .expectException(InvalidPatientDetails.class)
                .expectNoEvents();
    }

    @Test
    void refusesMalformedPhoneAndEmail() {
        PatientDetails a = amina();
        PatientDetails bad = new PatientDetails(a.firstName(), a.lastName(), a.dateOfBirth(), a.sex(), "12ab",
                "amina@", a.address(), a.insurance());

        fixture.givenNoPriorActivity()
                .when(new RegisterPatient(PATIENT, CLINIC, bad))
                .expectNoEvents()
                .expectException(rejectedFor(
                        new FieldViolation("phone", "patient.phone.invalid"),
                        new FieldViolation("email", "patient.email.invalid")));
    }

    @Test
    void recordsChangedDetails() {
        PatientDetails moved = withBirthDate(LocalDate.of(1985, 3, 15));

        fixture.given(new PatientRegistered(PATIENT, CLINIC, amina()))
                .when(new UpdatePatientDetails(PATIENT, CLINIC, moved, null))
                .expectEvents(new PatientDetailsUpdated(PATIENT, CLINIC, moved))
                .expectResultMessagePayload(1L);
    }

    @Test
    void recordsNothingWhenTheSameDetailsAreSentAgain() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, amina()))
                .when(new UpdatePatientDetails(PATIENT, CLINIC, amina(), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void hidesAPatientOfAnotherOrganization() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, amina()))
                .when(new UpdatePatientDetails(PATIENT, OrganizationId.random(), withBirthDate(LocalDate.of(1990, 1, 1)), null))
                .expectException(PatientNotFound.class)
                .expectNoEvents();
    }

    @Test
    void archivesOnceEvenWhenAskedTwice() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, amina()), new PatientArchived(PATIENT, CLINIC))
                .when(new ArchivePatient(PATIENT, CLINIC))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void archivesAnActivePatient() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, amina()))
                .when(new ArchivePatient(PATIENT, CLINIC))
                .expectEvents(new PatientArchived(PATIENT, CLINIC));
    }

    @Test
    void refusesToEditAnArchivedPatient() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, amina()), new PatientArchived(PATIENT, CLINIC))
                .when(new UpdatePatientDetails(PATIENT, CLINIC, withBirthDate(LocalDate.of(1990, 1, 1)), null))
                .expectException(PatientIsArchived.class)
                .expectNoEvents();
    }

    @Test
    void restoresAnArchivedPatient() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, amina()), new PatientArchived(PATIENT, CLINIC))
                .when(new RestorePatient(PATIENT, CLINIC))
                .expectEvents(new PatientRestored(PATIENT, CLINIC));
    }

    @Test
    void restoringAnActivePatientRecordsNothing() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, amina()))
                .when(new RestorePatient(PATIENT, CLINIC))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** Matches an {@link InvalidPatientDetails} naming exactly these fields and reasons, in order. */
    private static Matcher<InvalidPatientDetails> rejectedFor(FieldViolation... expected) {
        return new FeatureMatcher<>(contains(expected), "rejection with violations", "violations") {
            @Override
            protected List<FieldViolation> featureValueOf(InvalidPatientDetails actual) {
                return actual.violations();
            }
        };
    }

    private static PatientDetails withBirthDate(LocalDate dateOfBirth) {
        PatientDetails a = amina();
        return new PatientDetails(a.firstName(), a.lastName(), dateOfBirth, a.sex(), a.phone(), a.email(),
                a.address(), a.insurance());
    }
}
