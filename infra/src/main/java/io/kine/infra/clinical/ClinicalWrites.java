package io.kine.infra.clinical;

import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.clinical.AddAddendum;
import io.kine.kernel.clinical.AttachFileToCase;
import io.kine.kernel.clinical.AttachFileToVisit;
import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.ChangeNoteTemplate;
import io.kine.kernel.clinical.CloseCase;
import io.kine.kernel.clinical.DefineNoteTemplate;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.OpenCase;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.ReassignCase;
import io.kine.kernel.clinical.ReopenCase;
import io.kine.kernel.clinical.RetireNoteTemplate;
import io.kine.kernel.clinical.ReviseCaseDetails;
import io.kine.kernel.clinical.ReviseVisitNote;
import io.kine.kernel.clinical.SignVisitNote;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.clinical.StartVisit;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientView;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentStatus;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.GetAppointment;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The clinical commands the web layer sends. Versions come back for read-your-writes. The
 * actor (author, signer, uploader) is stamped from the session by the dispatch interceptor.
 */
@Component
class ClinicalWrites {

    private final CommandGateway commands;
    private final ReadModelQueries queries;
    private final long attachmentMaxBytes;

    ClinicalWrites(CommandGateway commands, ReadModelQueries queries,
            @Value("${kine.clinical.attachment-max-size:10MB}") DataSize attachmentMaxSize) {
        this.commands = commands;
        this.queries = queries;
        this.attachmentMaxBytes = attachmentMaxSize.toBytes();
    }

    long attachmentMaxBytes() {
        return attachmentMaxBytes;
    }

    /** Opens a case for a patient of the caller's organization (another clinic's patient is not found). */
    CaseId openCase(OrganizationId organization, PatientId patient, UserId practitioner, CaseDetails details) {
        queries.ask(new GetPatient(organization, patient), ResponseTypes.optionalInstanceOf(PatientView.class))
                .orElseThrow(() -> new io.kine.command.patients.PatientNotFound(patient));
        CaseId caseId = CaseId.random();
        commands.sendAndWait(new OpenCase(caseId, organization, patient, practitioner, details));
        return caseId;
    }

    long reviseCase(OrganizationId organization, CaseId caseId, CaseDetails details) {
        return commands.<Long>sendAndWait(new ReviseCaseDetails(caseId, organization, details));
    }

    long reassign(OrganizationId organization, CaseId caseId, UserId practitioner) {
        return commands.<Long>sendAndWait(new ReassignCase(caseId, organization, practitioner));
    }

    long close(OrganizationId organization, CaseId caseId, String outcome) {
        return commands.<Long>sendAndWait(new CloseCase(caseId, organization, outcome));
    }

    long reopen(OrganizationId organization, CaseId caseId, String reason) {
        return commands.<Long>sendAndWait(new ReopenCase(caseId, organization, reason));
    }

    /**
     * Starts a visit. For an appointment the visit id is derived from it, so a double click or
     * a retry finds the visit the first request started instead of making a second one.
     */
    VisitId startVisit(OrganizationId organization, CaseId caseId, PatientId patient, UserId practitioner,
            LocalDate visitedOn, AppointmentId appointment) {
        if (appointment == null) {
            VisitId visit = VisitId.random();
            commands.sendAndWait(new StartVisit(caseId, organization, visit, practitioner, visitedOn, null));
            return visit;
        }
        AppointmentView booked = queries.ask(new GetAppointment(organization, appointment),
                        ResponseTypes.optionalInstanceOf(AppointmentView.class))
                .filter(a -> a.patientId().equals(patient))
                .filter(a -> EnumSet.of(AppointmentStatus.ARRIVED, AppointmentStatus.COMPLETED).contains(a.status()))
                .orElseThrow(() -> new AppointmentNotVisitable(appointment));
        VisitId visit = new VisitId(UUID.nameUUIDFromBytes((organization + "/visit/" + appointment)
                .getBytes(StandardCharsets.UTF_8)));
        try {
            commands.sendAndWait(new StartVisit(caseId, organization, visit,
                    practitioner == null ? booked.practitionerId() : practitioner, visitedOn, appointment));
        } catch (AggregateStreamCreationException alreadyStarted) {
            // the appointment's visit exists: answer with it
        }
        return visit;
    }

    long revise(OrganizationId organization, VisitId visit, SoapNote note, List<OutcomeMeasure> measures,
            NoteTemplateId template, Integer baseRevision) {
        return commands.<Long>sendAndWait(new ReviseVisitNote(visit, organization, note, measures, template, baseRevision));
    }

    long sign(OrganizationId organization, VisitId visit) {
        return commands.<Long>sendAndWait(new SignVisitNote(visit, organization));
    }

    long addAddendum(OrganizationId organization, VisitId visit, String text) {
        return commands.<Long>sendAndWait(new AddAddendum(visit, organization, text));
    }

    AttachmentId attachToVisit(OrganizationId organization, VisitId visit, String fileName, byte[] content) {
        AttachmentId attachment = AttachmentId.random();
        commands.sendAndWait(new AttachFileToVisit(visit, organization, attachment, fileName, content, attachmentMaxBytes));
        return attachment;
    }

    AttachmentId attachToCase(OrganizationId organization, CaseId caseId, String fileName, byte[] content) {
        AttachmentId attachment = AttachmentId.random();
        commands.sendAndWait(new AttachFileToCase(caseId, organization, attachment, fileName, content, attachmentMaxBytes));
        return attachment;
    }

    NoteTemplateId defineTemplate(OrganizationId organization, String name, SoapNote sections) {
        NoteTemplateId template = NoteTemplateId.random();
        commands.sendAndWait(new DefineNoteTemplate(template, organization, name, sections));
        return template;
    }

    long changeTemplate(OrganizationId organization, NoteTemplateId template, String name, SoapNote sections) {
        return commands.<Long>sendAndWait(new ChangeNoteTemplate(template, organization, name, sections));
    }

    long retireTemplate(OrganizationId organization, NoteTemplateId template) {
        return commands.<Long>sendAndWait(new RetireNoteTemplate(template, organization));
    }

}
