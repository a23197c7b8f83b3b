package io.kine.infra.demo;

import static io.kine.infra.messaging.MessageMetadata.*;

import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.web.RequestIds;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.DefineNoteTemplate;
import io.kine.kernel.clinical.MeasureKind;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.OpenCase;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.ReviseVisitNote;
import io.kine.kernel.clinical.SignVisitNote;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.clinical.StartVisit;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's clinical side: the four usual note templates, and for the first patient a
 * low-back case with three visits, written and signed by the demo practitioner (sent as them,
 * so the history names the author as in real use), the pain going from 7 to 3.
 */
@Component
class DemoClinicalRecords {

    private final SystemCommands system;
    private final CommandGateway commands;

    DemoClinicalRecords(SystemCommands system, CommandGateway commands) {
        this.system = system;
        this.commands = commands;
    }

    void load(OrganizationId clinic, UserId practitioner, PatientId patient) {
        template(clinic, "Bilan initial", new SoapNote("Motif, antécédents, douleur (EVN) :", "Inspection, mobilité, testing :",
                "Diagnostic kinésithérapique :", "Objectifs, fréquence des séances :"));
        template(clinic, "Séance de suivi", new SoapNote("Évolution depuis la dernière séance :", "Mesures du jour :",
                null, "Exercices réalisés, consignes :"));
        template(clinic, "Lombalgie", new SoapNote("Douleur lombaire depuis :", "Schober, distance doigts-sol :",
                null, "Renforcement du tronc, éducation :"));
        template(clinic, "Genou", new SoapNote("Douleur du genou, instabilité :", "Flexion / extension, épanchement :",
                null, "Renforcement quadriceps, proprioception :"));
        if (practitioner == null || patient == null) {
            return;
        }
        CaseId lowBack = CaseId.random();
        system.send(new OpenCase(lowBack, clinic, patient, practitioner, new CaseDetails(
                "Lombalgie aiguë après un effort de soulèvement", "M54.5", "Lombalgie commune sans irradiation",
                "Dr Anne Roussel", "Reprendre le travail et la course à pied")), clinic);
        LocalDate first = LocalDate.now().minusWeeks(3);
        int[] pain = {7, 5, 3};
        for (int week = 0; week < pain.length; week++) {
            VisitId visit = VisitId.random();
            system.send(new StartVisit(lowBack, clinic, visit, practitioner, first.plusWeeks(week), null), clinic);
            asPractitioner(new ReviseVisitNote(visit, clinic, new SoapNote("Douleur lombaire " + pain[week] + "/10.",
                    "Schober " + (2 + week) + " cm.", week == 0 ? "Lombalgie commune, pas de signe d'alerte." : "En progrès.",
                    "Renforcement du tronc, marche quotidienne."), List.of(new OutcomeMeasure(MeasureKind.PAIN, pain[week])),
                    null, null), clinic, practitioner);
            asPractitioner(new SignVisitNote(visit, clinic), clinic, practitioner);
        }
    }

    private void template(OrganizationId clinic, String name, SoapNote sections) {
        system.send(new DefineNoteTemplate(NoteTemplateId.random(), clinic, name, sections), clinic);
    }

    private void asPractitioner(Object command, OrganizationId clinic, UserId practitioner) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                ACTOR_ID, practitioner.toString(), ACTOR_ROLES, Role.PRACTITIONER.name(),
                ORGANIZATION_ID, clinic.toString(), REQUEST_ID, RequestIds.current())));
    }
}
