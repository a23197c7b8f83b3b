package io.kine.command.clinical;

import io.kine.kernel.clinical.ChangeNoteTemplate;
import io.kine.kernel.clinical.DefineNoteTemplate;
import io.kine.kernel.clinical.NoteTemplateChanged;
import io.kine.kernel.clinical.NoteTemplateDefined;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.NoteTemplateRetired;
import io.kine.kernel.clinical.RetireNoteTemplate;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoteTemplateTest {

    static final NoteTemplateId TEMPLATE = NoteTemplateId.random();
    static final OrganizationId CLINIC = OrganizationId.random();
    static final SoapNote KNEE = new SoapNote("Douleur genou :", "Flexion :", null, "Exercices :");
    static final NoteTemplateDefined DEFINED = new NoteTemplateDefined(TEMPLATE, CLINIC, "Genou", KNEE);

    private AggregateTestFixture<NoteTemplate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NoteTemplate.class);
    }

    @Test
    void definesATemplateWithItsSections() {
        fixture.givenNoPriorActivity().when(new DefineNoteTemplate(TEMPLATE, CLINIC, " Genou ", KNEE)).expectEvents(DEFINED);
    }

    @Test
    void refusesATemplateWithoutName() {
        fixture.givenNoPriorActivity().when(new DefineNoteTemplate(TEMPLATE, CLINIC, "", KNEE))
                .expectException(InvalidClinicalRecord.class).expectNoEvents();
    }

    @Test
    void changesOnlyWhatChangedAndRetiresOnce() {
        fixture.given(DEFINED).when(new ChangeNoteTemplate(TEMPLATE, CLINIC, "Genou", KNEE)).expectNoEvents();
        fixture.given(DEFINED).when(new ChangeNoteTemplate(TEMPLATE, CLINIC, "Genou (LCA)", KNEE))
                .expectEvents(new NoteTemplateChanged(TEMPLATE, CLINIC, "Genou (LCA)", KNEE));
        fixture.given(DEFINED, new NoteTemplateRetired(TEMPLATE, CLINIC)).when(new RetireNoteTemplate(TEMPLATE, CLINIC))
                .expectNoEvents();
    }
}
