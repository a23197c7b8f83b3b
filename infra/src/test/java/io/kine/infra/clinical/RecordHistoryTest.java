package io.kine.infra.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The History tab of a case, a visit, an invoice and an appointment: the audit's rendering
 * (readable event names, labelled fields, before and after), for those allowed to read the
 * record, refused to the others and a 404 for another clinic.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordHistoryTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    Clinic otherClinic;
    KineUser practitioner;
    String caseId;
    String visit;
    String invoice;
    String appointment;

    @BeforeAll
    void aCaseAVisitWithTwoRevisionsAnInvoiceAndAnAppointment() throws Exception {
        TestClinics clinics = new TestClinics(context);
        clinic = clinics.aClinic();
        otherClinic = clinics.aClinic();
        ClinicalRecords records = new ClinicalRecords(mvc);
        practitioner = clinic.user(Role.PRACTITIONER);
        records.awaitStaff(jdbc, clinic);
        KineUser assistant = clinic.user(Role.ASSISTANT);
        String patient = records.aPatient(assistant);
        caseId = records.aCase(practitioner, patient);
        visit = records.aVisit(practitioner, caseId);
        records.saveNote(practitioner, visit, "Douleur lombaire depuis trois jours", 6).andExpect(status().isOk());
        records.saveNote(practitioner, visit, "Douleur lombaire en nette baisse", 3).andExpect(status().isOk());
        invoice = ClinicalRecords.id(records.json(post("/api/invoices"), assistant,
                "{\"patientId\": \"" + patient + "\"}").andExpect(status().isCreated()), "$.id");
        records.json(post("/api/invoices/" + invoice + "/lines"), assistant,
                "{\"description\": \"Séance de rééducation\", \"quantity\": 1, \"unitPrice\": 40, \"taxRate\": 0}")
                .andExpect(status().is2xxSuccessful());
        String location = ClinicalRecords.id(records.json(post("/api/locations"), clinic.user(Role.OWNER),
                "{\"name\": \"Cabinet Hassan\", \"timeZone\": \"Africa/Casablanca\"}"), "$.id");
        appointment = ClinicalRecords.id(records.json(post("/api/appointments"), assistant, """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s",
                 "start": "2030-05-06T09:00:00Z", "end": "2030-05-06T09:30:00Z", "notes": "Apporter l'ordonnance"}
                """.formatted(patient, practitioner.userId(), location)).andExpect(status().isCreated()), "$.id");
    }

    @Test
    void theVisitHistoryShowsEachSoapSectionBeforeAndAfterAsText() throws Exception {
        mvc.perform(get("/api/visits/" + visit + "/history").with(user(clinic.user(Role.AUDITOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].eventType", is("VisitNoteRevised")))
                .andExpect(jsonPath("$.data[0].changes[?(@.field == 'subjective')].before",
                        contains("Douleur lombaire depuis trois jours")))
                .andExpect(jsonPath("$.data[0].changes[?(@.field == 'subjective')].after",
                        contains("Douleur lombaire en nette baisse")))
                .andExpect(jsonPath("$.data[0].changes[?(@.field == 'measures')].after", contains("PAIN 3")))
                .andExpect(jsonPath("$.data[-1:].eventType", contains("VisitStarted")));

        String page = page("/visits/" + visit + "/history", practitioner);
        assertThat(page).contains("Note de visite enregistrée", "Visite commencée", "Plainte (S)", "Examen (O)",
                "Douleur lombaire depuis trois jours", "Douleur lombaire en nette baisse", "Retour à la note de visite")
                .doesNotContain("\"subjective\"");
        assertThat(page("/visits/" + visit, practitioner)).contains("/visits/" + visit + "/history");
    }

    @Test
    void theCaseHistoryNamesTheOpeningAndItsFields() throws Exception {
        mvc.perform(get("/api/cases/" + caseId + "/history").with(user(practitioner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[-1:].eventType", contains("CaseOpened")))
                .andExpect(jsonPath("$.data[-1:].changes[*].field", hasItem("reasonForReferral")));

        assertThat(page("/cases/" + caseId + "/history", clinic.user(Role.MANAGER)))
                .contains("Prise en charge ouverte", "Motif de prescription", "Lombalgie aiguë", "Code CIM-10");
        assertThat(page("/cases/" + caseId, practitioner)).contains("/cases/" + caseId + "/history");
    }

    @Test
    void theInvoiceHistoryShowsDraftingAndLinesWithAmountsAsMoney() throws Exception {
        mvc.perform(get("/api/invoices/" + invoice + "/history").with(user(clinic.user(Role.AUDITOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].eventType", is("InvoiceLineAdded")))
                .andExpect(jsonPath("$.data[-1:].eventType", contains("InvoiceDrafted")));

        String page = page("/billing/invoices/" + invoice + "/history", clinic.user(Role.ASSISTANT));
        assertThat(page).contains("Facture en brouillon créée", "Ligne de facture ajoutée", "Séance de rééducation",
                "Prix unitaire", "40.00 EUR");
        assertThat(page("/billing/invoices/" + invoice, clinic.user(Role.ASSISTANT)))
                .contains("/billing/invoices/" + invoice + "/history");
    }

    @Test
    void theFrontDeskOpensAnAppointmentsHistoryFromTheCalendar() throws Exception {
        assertThat(page("/appointments/" + appointment + "/history", clinic.user(Role.ASSISTANT)))
                .contains("Historique du rendez-vous", "Rendez-vous pris", "Apporter l", "Retour à l");
        assertThat(page("/calendar", clinic.user(Role.ASSISTANT))).contains("id=\"appointment-history\"");
        String missing = mvc.perform(get("/appointments/" + caseId + "/history").with(user(clinic.user(Role.ASSISTANT))))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("href=\"/calendar\"").doesNotContain("href=\"/audit/events\"");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"PATIENT, /cases/{case}/history, 403", "ASSISTANT, /cases/{case}/history, 403",
            "ASSISTANT, /api/visits/{visit}/history, 403", "PATIENT, /billing/invoices/{invoice}/history, 403",
            "PATIENT, /api/invoices/{invoice}/history, 403", "AUDITOR, /billing/invoices/{invoice}/history, 200",
            "PATIENT, /appointments/{appointment}/history, 403", "AUDITOR, /appointments/{appointment}/history, 200",
            "MANAGER, /api/invoices/{invoice}/history, 200"})
    void refusesThoseWithoutThePermission(Role role, String path, int expected) throws Exception {
        mvc.perform(get(resolve(path)).with(user(clinic.user(role)))).andExpect(status().is(expected));
    }

    @ParameterizedTest
    @CsvSource({"/cases/{case}/history", "/api/cases/{case}/history", "/visits/{visit}/history",
            "/api/visits/{visit}/history", "/billing/invoices/{invoice}/history", "/api/invoices/{invoice}/history",
            "/appointments/{appointment}/history"})
    void anotherClinicGetsNotFound(String path) throws Exception {
        mvc.perform(get(resolve(path)).with(user(otherClinic.user(Role.OWNER)))).andExpect(status().isNotFound());
    }

    private String resolve(String path) {
        return path.replace("{case}", caseId).replace("{visit}", visit).replace("{invoice}", invoice)
                .replace("{appointment}", appointment);
    }

    private String page(String path, KineUser reader) throws Exception {
        return mvc.perform(get(path).with(user(reader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
