package io.kine.infra.demo;

import static io.kine.infra.messaging.MessageMetadata.*;

import io.kine.infra.web.RequestIds;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CloseCase;
import io.kine.kernel.clinical.MeasureKind;
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
import io.kine.kernel.scheduling.AppointmentId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The clinical side of a generated history, as the practitioner writes it: each completed
 * appointment is a visit of the patient's open case with that practitioner (a case is opened
 * when there is none: a reason, an ICD-10 code and goals from a short list), its SOAP note
 * written with the pain on the 0-10 scale, which falls over the case, and signed. After 4 to
 * 12 visits the case is closed with its outcome; the patient's next completed appointment
 * opens a new one. Runs before billing, which bills the signed visit.
 */
@Component
@Order(1)
class DemoClinicalHistory implements DemoHistoryExtension {

    private static final List<Complaint> COMPLAINTS = List.of(
            new Complaint("Lombalgie commune", "M54.5", "Lombalgie sans irradiation", "Schober, distance doigts-sol",
                    "Reprendre le travail et la marche sans douleur"),
            new Complaint("Cervicalgie", "M54.2", "Cervicalgie mécanique", "Rotations cervicales",
                    "Conduire et travailler sur écran sans douleur"),
            new Complaint("Entorse de la cheville", "S93.4", "Entorse du ligament latéral externe",
                    "Appui unipodal, périmètre de marche", "Reprendre le sport"),
            new Complaint("Rééducation après ligamentoplastie du genou", "S83.5", "Rupture du ligament croisé antérieur",
                    "Flexion / extension, épanchement", "Course à pied à six mois"),
            new Complaint("Tendinopathie de l'épaule", "M75.1", "Tendinopathie de la coiffe des rotateurs",
                    "Élévation antérieure, rotation externe", "Lever le bras au-dessus de la tête sans douleur"),
            new Complaint("Gonarthrose", "M17.1", "Arthrose du genou", "Flexion, test de lever de chaise",
                    "Monter les escaliers sans aide"),
            new Complaint("Rééducation après fracture du poignet", "S52.5", "Fracture de l'extrémité distale du radius",
                    "Flexion / extension du poignet, force de préhension", "Retrouver les gestes du quotidien"));
    private static final List<String> DOCTORS = List.of("Dr Anne Roussel", "Dr Karim Haddad", "Dr Julie Bernard",
            "Dr Omar Benali", "Dr Pierre Lambert");
    private static final List<String> OUTCOMES = List.of("Objectifs atteints, autonomie complète.",
            "Nette amélioration, exercices à poursuivre à domicile.", "Amélioration partielle, réévaluation médicale conseillée.",
            "Arrêt à la demande du patient, en progrès.");

    private final CommandGateway commands;
    /** Each patient's open case with each practitioner: one practitioner's patients are on one generator thread. */
    private final Map<Patient, OpenEpisode> episodes = new ConcurrentHashMap<>();

    DemoClinicalHistory(CommandGateway commands) {
        this.commands = commands;
    }

    private record Patient(PatientId patientId, UserId practitionerId) {
    }

    private record Complaint(String reason, String icd10, String diagnosis, String measures, String goals) {
    }

    private static final class OpenEpisode {
        final OrganizationId organizationId;
        final CaseId caseId;
        final Complaint complaint;
        final int visits;
        final int firstPain;
        int done;

        OpenEpisode(OrganizationId organizationId, CaseId caseId, Complaint complaint, int visits, int firstPain) {
            this.organizationId = organizationId;
            this.caseId = caseId;
            this.complaint = complaint;
            this.visits = visits;
            this.firstPain = firstPain;
        }
    }

    /** The visit the generator starts for an appointment: billing finds it without asking. */
    static VisitId visitOf(AppointmentId appointment) {
        return new VisitId(UUID.nameUUIDFromBytes(("demo-visit:" + appointment).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void appointmentCompleted(CompletedAppointment appointment, Random random) {
        OrganizationId clinic = appointment.organizationId();
        Patient patient = new Patient(appointment.patientId(), appointment.practitionerId());
        OpenEpisode episode = episodes.get(patient);
        if (episode == null) {
            Complaint complaint = COMPLAINTS.get(random.nextInt(COMPLAINTS.size()));
            episode = new OpenEpisode(clinic, CaseId.random(), complaint, 4 + random.nextInt(9), 5 + random.nextInt(4));
            send(new OpenCase(episode.caseId, clinic, appointment.patientId(), appointment.practitionerId(),
                    new CaseDetails(complaint.reason(), complaint.icd10(), complaint.diagnosis(),
                            DOCTORS.get(random.nextInt(DOCTORS.size())), complaint.goals())), appointment);
            episodes.put(patient, episode);
        }
        VisitId visit = visitOf(appointment.appointmentId());
        LocalDate day = LocalDate.ofInstant(appointment.start(), appointment.zone());
        send(new StartVisit(episode.caseId, clinic, visit, appointment.practitionerId(), day,
                appointment.appointmentId()), appointment);
        int pain = pain(episode, random);
        boolean first = episode.done == 0;
        send(new ReviseVisitNote(visit, clinic, new SoapNote(
                (first ? episode.complaint.reason() + ". " : "Évolution depuis la dernière séance. ") + "Douleur " + pain
                        + "/10.",
                episode.complaint.measures() + " : " + (first ? "limités." : "en progrès."),
                first ? episode.complaint.diagnosis() + ", pas de signe d'alerte." : null,
                first ? "Objectif : " + episode.complaint.goals().toLowerCase(Locale.ROOT) + ". Deux séances par semaine."
                        : "Exercices actifs, consignes pour la maison."),
                List.of(new OutcomeMeasure(MeasureKind.PAIN, pain)), null, null), appointment);
        send(new SignVisitNote(visit, clinic), appointment);
        episode.done++;
        if (episode.done >= episode.visits) {
            send(new CloseCase(episode.caseId, clinic, OUTCOMES.get(random.nextInt(OUTCOMES.size()))), appointment);
            episodes.remove(patient);
        }
    }

    /** From the first pain towards a third of it over the case, give or take one. */
    private static int pain(OpenEpisode episode, Random random) {
        double progress = episode.visits <= 1 ? 0 : (double) episode.done / (episode.visits - 1);
        int expected = (int) Math.round(episode.firstPain * (1 - 0.7 * progress));
        return Math.max(0, Math.min(10, expected + random.nextInt(3) - 1));
    }

    /** Cases left open at the end stay open; the organization's entries are forgotten. */
    @Override
    public void historyCompleted(OrganizationId organizationId, int threads) {
        episodes.values().removeIf(episode -> episode.organizationId.equals(organizationId));
    }

    /** Sent as the practitioner, as in real use: the history names them as the author and signer. */
    private void send(Object command, CompletedAppointment appointment) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                ACTOR_ID, appointment.practitionerId().toString(), ACTOR_ROLES, Role.PRACTITIONER.name(),
                ORGANIZATION_ID, appointment.organizationId().toString(), REQUEST_ID, RequestIds.current())));
    }
}
