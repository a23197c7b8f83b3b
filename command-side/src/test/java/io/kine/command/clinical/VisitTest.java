package io.kine.command.clinical;

import io.kine.kernel.clinical.AddAddendum;
import io.kine.kernel.clinical.AddendumAdded;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.MeasureKind;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.ReviseVisitNote;
import io.kine.kernel.clinical.SignVisitNote;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitNoteRevised;
import io.kine.kernel.clinical.VisitNoteSigned;
import io.kine.kernel.clinical.VisitStarted;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VisitTest {

    static final VisitId VISIT = VisitId.random();
    static final CaseId CASE = CaseId.random();
    static final OrganizationId CLINIC = OrganizationId.random();
    static final PatientId PATIENT = PatientId.random();
    static final UserId PRACTITIONER = UserId.random();
    static final Map<String, ?> AS_PRACTITIONER = Map.of("actorId", PRACTITIONER.toString());
    static final VisitStarted STARTED = new VisitStarted(VISIT, CASE, CLINIC, PATIENT, PRACTITIONER,
            LocalDate.of(2026, 11, 24), null);
    static final SoapNote FIRST = new SoapNote("Douleur lombaire 6/10", "Schober 3 cm", null, "Renforcement");
    static final List<OutcomeMeasure> PAIN_6 = List.of(new OutcomeMeasure(MeasureKind.PAIN, 6));
    static final VisitNoteRevised REVISION_1 = revised(1, FIRST, PAIN_6);
    static final VisitNoteSigned SIGNED = new VisitNoteSigned(VISIT, CASE, CLINIC, PATIENT, 1, PRACTITIONER);

    private AggregateTestFixture<Visit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Visit.class);
        fixture.registerInjectableResource(new InMemoryAttachmentStore());
    }

    static VisitNoteRevised revised(int revision, SoapNote note, List<OutcomeMeasure> measures) {
        return new VisitNoteRevised(VISIT, CASE, CLINIC, PATIENT, revision, PRACTITIONER, note.subjective(),
                note.objective(), note.assessment(), note.plan(), measures, null);
    }

    @Test
    void everySaveThatChangesTheNoteIsANewRevisionCarryingTheWholeNote() {
        SoapNote second = new SoapNote("Douleur lombaire 4/10", "Schober 4 cm", "Progrès", "Renforcement");
        fixture.given(STARTED, REVISION_1)
                .when(new ReviseVisitNote(VISIT, CLINIC, second, List.of(new OutcomeMeasure(MeasureKind.PAIN, 4)), null, 1),
                        AS_PRACTITIONER)
                .expectEvents(revised(2, second, List.of(new OutcomeMeasure(MeasureKind.PAIN, 4))));
    }

    @Test
    void recordsTheTemplateTheNoteStartedFrom() {
        NoteTemplateId template = NoteTemplateId.random();
        fixture.given(STARTED)
                .when(new ReviseVisitNote(VISIT, CLINIC, FIRST, PAIN_6, template, 0), AS_PRACTITIONER)
                .expectEvents(new VisitNoteRevised(VISIT, CASE, CLINIC, PATIENT, 1, PRACTITIONER, FIRST.subjective(),
                        FIRST.objective(), null, FIRST.plan(), PAIN_6, template));
    }

    @Test
    void anAutosaveOfTheSameTextRecordsNothing() {
        fixture.given(STARTED, REVISION_1)
                .when(new ReviseVisitNote(VISIT, CLINIC, new SoapNote("Douleur lombaire 6/10 ", "Schober 3 cm", " ",
                        "Renforcement"), PAIN_6, null, null), AS_PRACTITIONER)
                .expectNoEvents();
    }

    @Test
    void refusesASaveStartedFromAnOlderRevision() {
        fixture.given(STARTED, REVISION_1)
                .when(new ReviseVisitNote(VISIT, CLINIC, SoapNote.EMPTY, List.of(), null, 0), AS_PRACTITIONER)
                .expectException(NoteChangedMeanwhile.class).expectNoEvents();
    }

    @Test
    void refusesAPainScoreOutsideZeroToTen() {
        fixture.given(STARTED)
                .when(new ReviseVisitNote(VISIT, CLINIC, FIRST, List.of(new OutcomeMeasure(MeasureKind.PAIN, 11)), null,
                        null), AS_PRACTITIONER)
                .expectException(InvalidClinicalRecord.class).expectNoEvents();
    }

    @Test
    void thePractitionerSignsTheLatestRevision() {
        fixture.given(STARTED, REVISION_1).when(new SignVisitNote(VISIT, CLINIC), AS_PRACTITIONER).expectEvents(SIGNED);
    }

    @Test
    void nobodyButTheVisitPractitionerSigns() {
        fixture.given(STARTED, REVISION_1)
                .when(new SignVisitNote(VISIT, CLINIC), Map.of("actorId", UserId.random().toString()))
                .expectException(NotTheVisitPractitioner.class).expectNoEvents();
    }

    @Test
    void anEmptyNoteCannotBeSigned() {
        fixture.given(STARTED).when(new SignVisitNote(VISIT, CLINIC), AS_PRACTITIONER)
                .expectException(EmptyNoteCannotBeSigned.class).expectNoEvents();
    }

    @Test
    void editAfterSignIsRejected() {
        fixture.given(STARTED, REVISION_1, SIGNED)
                .when(new ReviseVisitNote(VISIT, CLINIC, new SoapNote("changé", null, null, null), List.of(), null, null),
                        AS_PRACTITIONER)
                .expectException(VisitNoteLocked.class).expectNoEvents();
    }

    @Test
    void signingTwiceRecordsNothing() {
        fixture.given(STARTED, REVISION_1, SIGNED).when(new SignVisitNote(VISIT, CLINIC), AS_PRACTITIONER)
                .expectNoEvents();
    }

    @Test
    void anAddendumIsAllowedAfterSignAttributedToItsAuthorAndNumbered() {
        UserId colleague = UserId.random();
        fixture.given(STARTED, REVISION_1, SIGNED,
                        new AddendumAdded(VISIT, CASE, CLINIC, PATIENT, 1, PRACTITIONER, "Appel du médecin"))
                .when(new AddAddendum(VISIT, CLINIC, " Radio reçue : normale "), Map.of("actorId", colleague.toString()))
                .expectEvents(new AddendumAdded(VISIT, CASE, CLINIC, PATIENT, 2, colleague, "Radio reçue : normale"));
    }

    @Test
    void anAddendumBeforeSignIsRefused() {
        fixture.given(STARTED, REVISION_1).when(new AddAddendum(VISIT, CLINIC, "ajout"), AS_PRACTITIONER)
                .expectException(NoteNotSigned.class).expectNoEvents();
    }

    @Test
    void anotherClinicCannotReadOrWriteTheVisit() {
        fixture.given(STARTED, REVISION_1)
                .when(new ReviseVisitNote(VISIT, OrganizationId.random(), FIRST, List.of(), null, null), AS_PRACTITIONER)
                .expectException(VisitNotFound.class).expectNoEvents();
    }
}
