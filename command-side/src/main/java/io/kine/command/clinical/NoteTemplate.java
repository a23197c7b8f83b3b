package io.kine.command.clinical;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.clinical.ChangeNoteTemplate;
import io.kine.kernel.clinical.DefineNoteTemplate;
import io.kine.kernel.clinical.NoteTemplateChanged;
import io.kine.kernel.clinical.NoteTemplateDefined;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.NoteTemplateRetired;
import io.kine.kernel.clinical.RetireNoteTemplate;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/** A note template of one organization: a name and the text each SOAP section starts with. */
@Aggregate
class NoteTemplate {

    @AggregateIdentifier
    private NoteTemplateId templateId;
    private OrganizationId organizationId;
    private String name;
    private SoapNote sections;
    private boolean retired;

    NoteTemplate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    NoteTemplate(DefineNoteTemplate command) {
        String checkedName = ClinicalRules.requiredText("name", command.name(), ClinicalRules.SHORT_MAX);
        apply(new NoteTemplateDefined(command.templateId(), command.organizationId(), checkedName,
                ClinicalRules.checked(command.sections())));
    }

    @CommandHandler
    long handle(ChangeNoteTemplate command) {
        requireSameOrganization(command);
        String checkedName = ClinicalRules.requiredText("name", command.name(), ClinicalRules.SHORT_MAX);
        SoapNote checkedSections = ClinicalRules.checked(command.sections());
        if (!checkedName.equals(name) || !checkedSections.equals(sections)) {
            apply(new NoteTemplateChanged(templateId, organizationId, checkedName, checkedSections));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RetireNoteTemplate command) {
        requireSameOrganization(command);
        if (!retired) {
            apply(new NoteTemplateRetired(templateId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    private void requireSameOrganization(OrganizationScoped command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new NoteTemplateNotFound(templateId);
        }
    }

    @EventSourcingHandler
    void on(NoteTemplateDefined event) {
        templateId = event.templateId();
        organizationId = event.organizationId();
        name = event.name();
        sections = event.sections();
    }

    @EventSourcingHandler
    void on(NoteTemplateChanged event) {
        name = event.name();
        sections = event.sections();
    }

    @EventSourcingHandler
    void on(NoteTemplateRetired event) {
        retired = true;
    }
}
