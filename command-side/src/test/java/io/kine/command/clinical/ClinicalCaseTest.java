package io.kine.command.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.kernel.clinical.AttachFileToCase;
import io.kine.kernel.clinical.AttachmentAdded;
import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.clinical.CaseClosed;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.CaseDetailsRevised;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CaseOpened;
import io.kine.kernel.clinical.CaseReassigned;
import io.kine.kernel.clinical.CaseReopened;
import io.kine.kernel.clinical.CloseCase;
import io.kine.kernel.clinical.OpenCase;
import io.kine.kernel.clinical.ReassignCase;
import io.kine.kernel.clinical.ReopenCase;
import io.kine.kernel.clinical.ReviseCaseDetails;
import io.kine.kernel.clinical.StartVisit;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitStarted;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClinicalCaseTest {

    static final CaseId CASE = CaseId.random();
    static final OrganizationId CLINIC = OrganizationId.random();
    static final PatientId PATIENT = PatientId.random();
    static final UserId PRACTITIONER = UserId.random();
    static final CaseDetails LOW_BACK = new CaseDetails("Lombalgie depuis 3 semaines", "M54.5", "Lombalgie commune",
            "Dr Martin", "Reprendre la course");
    static final CaseOpened OPENED = new CaseOpened(CASE, CLINIC, PATIENT, PRACTITIONER, LOW_BACK.reasonForReferral(),
            "M54.5", LOW_BACK.diagnosisText(), "Dr Martin", LOW_BACK.goals());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private AggregateTestFixture<ClinicalCase> fixture;
    private InMemoryAttachmentStore store;

    @BeforeEach
    void setUp() {
        store = new InMemoryAttachmentStore();
        fixture = new AggregateTestFixture<>(ClinicalCase.class);
        fixture.registerInjectableResource(store);
    }

    @Test
    void opensACaseWithTrimmedDetailsAndAnUpperCaseCode() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, CLINIC, PATIENT, PRACTITIONER, new CaseDetails("  Lombalgie depuis 3 semaines ",
                        "m54.5", "Lombalgie commune", "Dr Martin", "Reprendre la course")))
                .expectEvents(OPENED);
    }

    @Test
    void refusesACaseWithoutReasonOrWithAMalformedCode() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, CLINIC, PATIENT, PRACTITIONER, new CaseDetails(" ", "back pain", null, null, null)))
                .expectException(InvalidClinicalRecord.class)
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("reasonForReferral"));
    }

    @Test
    void revisesDetailsOnlyWhenTheyChange() {
        fixture.given(OPENED).when(new ReviseCaseDetails(CASE, CLINIC, LOW_BACK)).expectNoEvents();
        fixture.given(OPENED)
                .when(new ReviseCaseDetails(CASE, CLINIC, new CaseDetails("Lombalgie", "M51.2", null, null, null)))
                .expectEvents(new CaseDetailsRevised(CASE, CLINIC, PATIENT, "Lombalgie", "M51.2", null, null, null));
    }

    @Test
    void reassignsTheCaseToAnotherPractitioner() {
        UserId substitute = UserId.random();
        fixture.given(OPENED).when(new ReassignCase(CASE, CLINIC, substitute))
                .expectEvents(new CaseReassigned(CASE, CLINIC, PATIENT, substitute));
    }

    @Test
    void closesWithAnOutcomeAndReopensWithAReason() {
        fixture.given(OPENED).when(new CloseCase(CASE, CLINIC, "Douleur 1/10, reprise du sport"))
                .expectEvents(new CaseClosed(CASE, CLINIC, PATIENT, "Douleur 1/10, reprise du sport"));
        fixture.given(OPENED, new CaseClosed(CASE, CLINIC, PATIENT, "fin")).when(new ReopenCase(CASE, CLINIC, "Rechute"))
                .expectEvents(new CaseReopened(CASE, CLINIC, PATIENT, "Rechute"));
    }

    @Test
    void refusesToCloseWithoutAnOutcome() {
        fixture.given(OPENED).when(new CloseCase(CASE, CLINIC, "")).expectException(InvalidClinicalRecord.class)
                .expectNoEvents();
    }

    @Test
    void startsAVisitUnderAnOpenCaseWithTheCasePractitionerByDefault() {
        VisitId visit = VisitId.random();
        AppointmentId appointment = AppointmentId.random();
        fixture.given(OPENED).when(new StartVisit(CASE, CLINIC, visit, null, TODAY, appointment))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VisitStarted(visit, CASE, CLINIC, PATIENT, PRACTITIONER, TODAY, appointment));
    }

    @Test
    void aClosedCaseRejectsNewVisits() {
        fixture.given(OPENED, new CaseClosed(CASE, CLINIC, PATIENT, "fin"))
                .when(new StartVisit(CASE, CLINIC, VisitId.random(), PRACTITIONER, TODAY, null))
                .expectException(CaseIsClosed.class)
                .expectNoEvents();
    }

    @Test
    void aClosedCaseRejectsChangesUntilReopened() {
        fixture.given(OPENED, new CaseClosed(CASE, CLINIC, PATIENT, "fin"))
                .when(new ReviseCaseDetails(CASE, CLINIC, new CaseDetails("Autre", null, null, null, null)))
                .expectException(CaseIsClosed.class).expectNoEvents();
    }

    @Test
    void anotherClinicCannotTouchTheCase() {
        fixture.given(OPENED).when(new CloseCase(CASE, OrganizationId.random(), "volé"))
                .expectException(CaseNotFound.class).expectNoEvents();
    }

    @Test
    void attachesAPdfWithItsShaAndUploaderAndStoresTheBytes() {
        AttachmentId attachment = AttachmentId.random();
        UserId uploader = UserId.random();
        byte[] pdf = AttachmentRulesTest.PDF;
        fixture.given(OPENED)
                .when(new AttachFileToCase(CASE, CLINIC, attachment, "C:\\scans\\ordonnance.pdf", pdf, 1_000_000),
                        Map.of("actorId", uploader.toString()))
                .expectEvents(new AttachmentAdded(attachment, CLINIC, PATIENT, CASE, null, "ordonnance.pdf",
                        "application/pdf", pdf.length, AttachmentRules.sha256(pdf), uploader));
        assertThat(store.get(attachment, CLINIC)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
    }

    @Test
    void refusesAScriptDisguisedAsAPdfAndStoresNothing() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        fixture.given(OPENED)
                .when(new AttachFileToCase(CASE, CLINIC, AttachmentId.random(), "ordonnance.pdf", script, 1_000_000))
                .expectException(AttachmentRefused.class).expectNoEvents();
        assertThat(store.size()).isZero();
    }
}
