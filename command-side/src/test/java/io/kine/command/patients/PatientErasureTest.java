package io.kine.command.patients;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.ErasePatient;
import io.kine.kernel.patients.ErasureOutcome;
import io.kine.kernel.patients.PatientErased;
import io.kine.kernel.patients.PatientErasureRefused;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientRegistered;
import io.kine.kernel.patients.RestorePatient;
import io.kine.kernel.patients.UpdatePatientDetails;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Erasure: refused and recorded during retention unless an owner gives a reason; afterwards the record is closed. */
class PatientErasureTest {

    private static final Clock NOV_24_2026 = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final PatientId PATIENT = PatientId.random();
    private static final OrganizationId CLINIC = OrganizationId.random();
    private static final LocalDate KEPT_UNTIL_2046 = LocalDate.of(2046, 11, 24);

    private AggregateTestFixture<Patient> fixture;
    private final List<PatientId> shredded = new ArrayList<>();
    private LocalDate retainedUntil = KEPT_UNTIL_2046;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(NOV_24_2026);
        fixture.registerInjectableResource((RetentionPeriods) (organization, patient, born) -> retainedUntil);
        fixture.registerInjectableResource((PersonalDataShredder) shredded::add);
    }

    @Test
    void refusesAnAdminDuringRetentionAndRecordsTheRefusal() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, PatientTest.amina()))
                .when(new ErasePatient(PATIENT, CLINIC, "asked by the patient"), Map.of("actorRoles", "ADMIN"))
                .expectEvents(new PatientErasureRefused(PATIENT, CLINIC, KEPT_UNTIL_2046))
                .expectResultMessagePayload(new ErasureOutcome(false, KEPT_UNTIL_2046));
        assertThat(shredded).isEmpty();
    }

    @Test
    void refusesAnOwnerWithoutAReason() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, PatientTest.amina()))
                .when(new ErasePatient(PATIENT, CLINIC, "  "), Map.of("actorRoles", "OWNER"))
                .expectEvents(new PatientErasureRefused(PATIENT, CLINIC, KEPT_UNTIL_2046));
        assertThat(shredded).isEmpty();
    }

    @Test
    void letsAnOwnerWithAReasonEraseDuringRetentionAndDestroysTheKey() {
        fixture.given(new PatientRegistered(PATIENT, CLINIC, PatientTest.amina()))
                .when(new ErasePatient(PATIENT, CLINIC, " written request "), Map.of("actorRoles", "ADMIN,OWNER"))
                .expectEvents(new PatientErased(PATIENT, CLINIC, KEPT_UNTIL_2046, true, "written request"))
                .expectResultMessagePayload(new ErasureOutcome(true, KEPT_UNTIL_2046));
        assertThat(shredded).containsExactly(PATIENT);
    }

    @Test
    void erasesWithoutReasonOnceRetentionIsOver() {
        retainedUntil = LocalDate.of(2026, 11, 23);

        fixture.given(new PatientRegistered(PATIENT, CLINIC, PatientTest.amina()))
                .when(new ErasePatient(PATIENT, CLINIC, null), Map.of("actorRoles", "ADMIN"))
                .expectEvents(new PatientErased(PATIENT, CLINIC, retainedUntil, false, null));
        assertThat(shredded).containsExactly(PATIENT);
    }

    @Test
    void closesTheRecordForGoodAfterErasure() {
        PatientErased erased = new PatientErased(PATIENT, CLINIC, KEPT_UNTIL_2046, true, "request");
        fixture.given(new PatientRegistered(PATIENT, CLINIC, PatientTest.amina()), erased)
                .when(new UpdatePatientDetails(PATIENT, CLINIC, PatientTest.amina(), null))
                .expectException(PatientIsErased.class)
                .expectNoEvents();
        fixture.given(new PatientRegistered(PATIENT, CLINIC, PatientTest.amina()), erased)
                .when(new RestorePatient(PATIENT, CLINIC))
                .expectException(PatientIsErased.class);
        fixture.given(new PatientRegistered(PATIENT, CLINIC, PatientTest.amina()), erased)
                .when(new ErasePatient(PATIENT, CLINIC, null), Map.of("actorRoles", "OWNER"))
                .expectNoEvents();
        assertThat(shredded).isEmpty();
    }
}
