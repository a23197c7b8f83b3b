package io.kine.infra.billing;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.IssueInvoice;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A clinic whose billing over January and February 2025 is worked out by hand, for the revenue
 * breakdowns. BILAN costs 45.50, MASSAGE 30.00, KIT 12.00, no tax. Two locations, Paris and
 * Lyon; two practitioners, "Test PRACTITIONER" (who has a login) and "Zoé Second".
 * <ul>
 * <li>A: Test PRACTITIONER's appointment in Paris, one BILAN, issued 2025-01-10, 20.00 paid on 2025-01-15;</li>
 * <li>B: Zoé Second's appointment in Lyon, one MASSAGE, issued 2025-02-03, 30.00 paid on 2025-02-05;</li>
 * <li>C: Test PRACTITIONER's visit of an appointment in Lyon, one MASSAGE, issued 2025-02-10, unpaid;</li>
 * <li>D: Test PRACTITIONER's visit without appointment, one BILAN, issued 2025-01-20, unpaid;</li>
 * <li>E: no appointment nor visit, one KIT, issued 2025-01-25, 12.00 paid on 2025-01-26.</li>
 * </ul>
 * So the clinic invoiced 163.00 (January 103.00, February 60.00), collected 62.00 (32.00, 30.00),
 * and is owed 101.00. Test PRACTITIONER: 121.00 / 20.00 / 101.00; Zoé Second: 30.00 / 30.00 /
 * 0.00; unassigned: 12.00 / 12.00 / 0.00. Paris: A only; Lyon: B and C (D has no location).
 * BILAN sold 2 for 91.00 (all in January), MASSAGE 2 for 60.00 (February), KIT 1 for 12.00 (January).
 */
public final class RevenueClinic {

    public static final String PERIOD = "from=2025-01-01&to=2025-02-28&granularity=MONTH";

    public final Clinic clinic;
    public final KineUser owner;
    public final KineUser practitioner;
    public final UserId second;
    public final LocationId paris;
    public final LocationId lyon;
    public final ProductId massage;

    private final BillingDesk desk;
    private final MockMvc mvc;
    private final SystemCommands commands;

    public RevenueClinic(ApplicationContext context) throws Exception {
        desk = new BillingDesk(context);
        mvc = context.getBean(MockMvc.class);
        commands = context.getBean(SystemCommands.class);
        clinic = desk.clinic;
        owner = desk.owner;
        practitioner = clinic.user(Role.PRACTITIONER);
        paris = desk.location;
        lyon = desk.aLocation("Lyon");
        second = desk.aPractitioner("Zoé Second");
        PatientId patient = desk.aPatient("Revenu");
        ProductId bilan = desk.aService("BILAN", "45.50", "0");
        massage = desk.aService("MASSAGE", "30", "0");
        ProductId kit = desk.aService("KIT", "12", "0");

        String a = draftFor(desk.aCompletedAppointment(patient, bilan, practitioner.userId(), paris, 30));
        issue(a, "2025-01-10");
        pay(a, "20", "2025-01-15");
        String b = draftFor(desk.aCompletedAppointment(patient, massage, second, lyon, 31));
        issue(b, "2025-02-03");
        pay(b, "30", "2025-02-05");
        String visitInLyon = aSignedVisit(patient,
                desk.aCompletedAppointment(patient, massage, practitioner.userId(), lyon, 32));
        issue(bill(visitInLyon, "{}"), "2025-02-10");
        issue(bill(aSignedVisit(patient, null), "{\"productId\": \"" + bilan + "\"}"), "2025-01-20");
        String e = desk.send(desk.assistant, "/api/invoices", "{\"patientId\": \"" + patient + "\"}").get("id").asString();
        desk.send(desk.assistant, "/api/invoices/" + e + "/lines", "{\"productId\": \"" + kit + "\", \"quantity\": 1}");
        issue(e, "2025-01-25");
        pay(e, "12", "2025-01-26");

        await().atMost(Duration.ofSeconds(30)).until(() -> desk.count("""
                SELECT count(*) FROM read_model.invoice WHERE organization_id = :id AND issued_on IS NOT NULL
                """, clinic.organizationId().value()) == 5 && desk.count("""
                SELECT count(*) FROM read_model.payment WHERE organization_id = :id
                """, clinic.organizationId().value()) == 3 && desk.count("""
                SELECT count(*) FROM read_model.kpi_payment WHERE organization_id = :id
                """, clinic.organizationId().value()) == 3);
    }

    /** Records a payment through the API, as the front desk would. */
    public void pay(String invoice, String amount, String receivedOn) throws Exception {
        mvc.perform(post("/api/invoices/" + invoice + "/payments").with(user(desk.assistant)).with(csrf())
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": %s, \"method\": \"CARD\", \"reference\": \"TPE\", \"receivedOn\": \"%s\"}"
                                .formatted(amount, receivedOn)))
                .andExpect(status().is2xxSuccessful());
    }

    /** The id of an issued invoice of the clinic, by its total. */
    public String invoiceOf(String total) {
        return desk.jdbcString("""
                SELECT CAST(invoice_id AS text) FROM read_model.invoice
                WHERE organization_id = :id AND total = CAST('%s' AS numeric) LIMIT 1
                """.formatted(total), clinic.organizationId().value());
    }

    /** Renames a catalog product through the API, as the owner would. */
    public void rename(ProductId product, String name) throws Exception {
        mvc.perform(patch("/api/products/" + product).with(user(owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + name + "\"}"))
                .andExpect(status().isOk());
    }

    private String draftFor(AppointmentId appointment) throws Exception {
        return desk.send(desk.assistant, "/api/invoices", "{\"appointmentId\": \"" + appointment + "\"}")
                .get("id").asString();
    }

    private void issue(String invoice, String day) {
        LocalDate issuedOn = LocalDate.parse(day);
        commands.send(new IssueInvoice(InvoiceId.of(invoice), clinic.organizationId(), issuedOn, issuedOn.plusDays(30)),
                clinic.organizationId());
    }

    private String bill(String visit, String body) throws Exception {
        return desk.send(desk.assistant, "/api/visits/" + visit + "/invoice", body).get("id").asString();
    }

    /** A visit signed by the practitioner with a login, started from {@code appointment} when not null. */
    private String aSignedVisit(PatientId patient, AppointmentId appointment) throws Exception {
        JsonNode clinicalCase = desk.send(practitioner, "/api/patients/" + patient + "/cases",
                "{\"reasonForReferral\": \"Lombalgie\"}");
        String visit = desk.send(practitioner, "/api/cases/" + clinicalCase.get("caseId").asString() + "/visits",
                appointment == null ? "{}" : "{\"appointmentId\": \"" + appointment + "\"}").get("visitId").asString();
        mvc.perform(patch("/api/visits/" + visit).with(user(practitioner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": {\"subjective\": \"Douleur\", \"plan\": \"Exercices\"}, \"status\": \"SIGNED\"}"))
                .andExpect(status().isOk());
        return visit;
    }
}
