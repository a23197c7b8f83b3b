package io.kine.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.KineUser;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.Role;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.RegisterOrganization;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code /api/staff} and the invitation link, through the whole stack and a real SMTP server. */
@KineIntegrationTest
class StaffApiTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(43025, "127.0.0.1", "smtp"));

    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "lilas-au-printemps";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired UserLogins logins;
    @Autowired PasswordEncoder passwords;
    @Autowired SystemCommands commands;
    @Autowired QueryGateway queries;

    Clinic clinic;
    KineUser owner;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
        owner = clinic.user(Role.OWNER);
    }

    @Test
    void invitesByMailAndTheLinkOpensALoginOnce() throws Exception {
        String email = uniqueEmail();
        String id = invite(owner, email, "[\"PRACTITIONER\"]").andExpect(status().isCreated())
                .andExpect(jsonPath("$.accepted").value(false))
                .andReturn().getResponse().getContentAsString();
        MimeMessage mail = MAIL.getReceivedMessagesForDomain(email)[0];
        assertThat(mail.getSubject()).isEqualTo("Invitation à rejoindre l'équipe du cabinet — Kine");
        String token = token(mail);

        mvc.perform(get("/invitations/" + token)).andExpect(status().isOk());
        mvc.perform(post("/invitations/" + token).with(csrf()).param("password", NEW_PASSWORD)
                .param("confirmation", NEW_PASSWORD)).andExpect(redirectedUrl("/login?accepted"));

        KineUser login = logins.loadUserByUsername(email);
        assertThat(login.isEnabled()).isTrue();
        assertThat(login.roles()).containsExactly(Role.PRACTITIONER);
        assertThat(passwords.matches(NEW_PASSWORD, login.getPassword())).isTrue();
        mvc.perform(get("/invitations/" + token)).andExpect(status().isNotFound());
        // the acceptance reaches the staff list through the projection, a moment later
        org.awaitility.Awaitility.await().untilAsserted(() -> mvc.perform(
                get("/api/staff/" + JsonPath.read(id, "$.userId")).with(user(owner)))
                .andExpect(jsonPath("$.accepted").value(true)));
    }

    @Test
    void sendsTheInvitationInTheClinicsLanguageWithArabicIntact() throws Exception {
        OrganizationId arabic = OrganizationId.random();
        commands.send(new RegisterOrganization(arabic, "عيادة الياسمين", "MAD", Locale.forLanguageTag("ar")), arabic);
        KineUser arabicOwner = new KineUser(UUID.randomUUID(), arabic.value(), "x@ar.fr", "مالك",
                java.util.Set.of(Role.OWNER), true, null);
        String email = uniqueEmail();
        invite(arabicOwner, email, "[\"ASSISTANT\"]").andExpect(status().isCreated());

        MimeMessage mail = MAIL.getReceivedMessagesForDomain(email)[0];
        assertThat(mail.getSubject()).isEqualTo("دعوة للانضمام إلى فريق العيادة — Kine");
        assertThat((String) mail.getContent()).contains("dir=\"rtl\"");
    }

    @Test
    void refusesAWeakPasswordAndAResentInvitationsOldLink() throws Exception {
        String email = uniqueEmail();
        String id = JsonPath.read(invite(owner, email, "[\"ASSISTANT\"]").andReturn().getResponse().getContentAsString(),
                "$.userId");
        String first = token(MAIL.getReceivedMessagesForDomain(email)[0]);
        mvc.perform(post("/invitations/" + first).with(csrf()).param("password", "123456123456")
                .param("confirmation", "123456123456")).andExpect(status().isOk());
        assertThat(loginExists(email)).isFalse();

        mvc.perform(post("/api/staff/" + id + "/invitation").with(user(owner)).with(csrf())).andExpect(status().isOk());
        String second = token(MAIL.getReceivedMessagesForDomain(email)[1]);
        mvc.perform(get("/invitations/" + first)).andExpect(status().isNotFound());
        mvc.perform(get("/invitations/" + second)).andExpect(status().isOk());
    }

    @Test
    void refusesAnInvitationToAnAddressThatAlreadyHasALogin() throws Exception {
        invite(owner, clinic.user(Role.ASSISTANT).getUsername(), "[\"ASSISTANT\"]")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/email-in-use"));
    }

    @Test
    void refusesStaffManagementToRolesWithoutIt() throws Exception {
        for (Role role : new Role[] {Role.MANAGER, Role.PRACTITIONER, Role.ASSISTANT, Role.PATIENT, Role.AUDITOR}) {
            mvc.perform(get("/api/staff").with(user(clinic.user(role)))).andExpect(status().isForbidden());
            invite(clinic.user(role), uniqueEmail(), "[\"ASSISTANT\"]").andExpect(status().isForbidden());
        }
    }

    @Test
    void answersAnotherClinicsAccountAsNotFound() throws Exception {
        Clinic other = new TestClinics(context).aClinic();
        UUID theirs = other.user(Role.ASSISTANT).userId().value();
        mvc.perform(get("/api/staff/" + theirs).with(user(owner))).andExpect(status().isNotFound());
        mvc.perform(post("/api/staff/" + theirs + "/deactivate").with(user(owner)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(logins.loadUserByUsername(other.user(Role.ASSISTANT).getUsername()).isEnabled()).isTrue();
    }

    @Test
    void keepsTheLastOwner() throws Exception {
        UUID self = owner.userId().value();
        mvc.perform(post("/api/staff/" + self + "/roles").with(user(owner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"ADMIN\"}")).andExpect(status().isOk());
        mvc.perform(delete("/api/staff/" + self + "/roles/OWNER").with(user(owner)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/last-owner"));
        mvc.perform(post("/api/staff/" + self + "/deactivate").with(user(owner)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(logins.loadUserByUsername(owner.getUsername()).roles()).contains(Role.OWNER);
    }

    @Test
    void aRevokedRoleIsGoneAndADeactivatedUserCannotLogInAtTheNextLogin() throws Exception {
        KineUser assistant = clinic.user(Role.ASSISTANT);
        UUID id = assistant.userId().value();
        mvc.perform(post("/api/staff/" + id + "/roles").with(user(owner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"MANAGER\"}"))
                .andExpect(jsonPath("$.roles.length()").value(2));
        mvc.perform(delete("/api/staff/" + id + "/roles/ASSISTANT").with(user(owner)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(logins.loadUserByUsername(assistant.getUsername()).roles()).containsExactly(Role.MANAGER);

        mvc.perform(post("/api/staff/" + id + "/deactivate").with(user(owner)).with(csrf()))
                .andExpect(jsonPath("$.active").value(false));
        assertThat(logins.loadUserByUsername(assistant.getUsername()).isEnabled()).isFalse();
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                .user(assistant.getUsername()).password(TestClinics.PASSWORD)).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/api/staff/" + id + "/reactivate").with(user(owner)).with(csrf()))
                .andExpect(jsonPath("$.active").value(true));
        assertThat(logins.loadUserByUsername(assistant.getUsername()).isEnabled()).isTrue();
    }

    @Test
    void recordsAPractitionerProfileAndASubstitution() throws Exception {
        UUID practitioner = clinic.user(Role.PRACTITIONER).userId().value();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/staff/" + practitioner + "/practitioner-profile").with(user(owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"specialties\": [\"Sport\", \"Pédiatrie\"], \"licenseNumber\": \"75-1234\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.specialties[1]").value("Pédiatrie"))
                .andExpect(jsonPath("$.licenseNumber").value("75-1234"));
        UUID replaced = UUID.randomUUID();
        mvc.perform(post("/api/staff/" + practitioner + "/substitutions").with(user(owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"replaces\": \"" + replaced + "\", \"from\": \"2026-07-01\", \"to\": \"2026-07-14\"}"))
                .andExpect(status().isBadRequest());
        UUID colleague = clinic.user(Role.OWNER).userId().value();
        mvc.perform(post("/api/staff/" + practitioner + "/substitutions").with(user(owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"replaces\": \"" + colleague + "\", \"from\": \"2026-07-14\", \"to\": \"2026-07-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(post("/api/staff/" + practitioner + "/substitutions").with(user(owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"replaces\": \"" + colleague + "\", \"from\": \"2026-07-01\", \"to\": \"2026-07-14\"}"))
                .andExpect(jsonPath("$.substituteTo").value("2026-07-14"));
    }

    @Test
    void linksAPatientAccountToAPatientOfTheSameClinicOnly() throws Exception {
        UUID account = clinic.user(Role.PATIENT).userId().value();
        PatientId ours = aPatientOf(clinic.organizationId());
        PatientId theirs = aPatientOf(new TestClinics(context).aClinic().organizationId());

        linkPatient(owner, account, "{\"patientId\": \"" + theirs.value() + "\"}").andExpect(status().isNotFound());
        linkPatient(owner, account, "{}").andExpect(status().isBadRequest());
        linkPatient(owner, clinic.user(Role.ASSISTANT).userId().value(), "{\"patientId\": \"" + ours.value() + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/not-a-patient-account"));
        linkPatient(clinic.user(Role.ASSISTANT), account, "{\"patientId\": \"" + ours.value() + "\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/" + account).with(user(owner))).andExpect(jsonPath("$.patientId").isEmpty());

        linkPatient(owner, account, "{\"patientId\": \"" + ours.value() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patientId").value(ours.value().toString()));
    }

    private ResultActions linkPatient(KineUser by, UUID account, String body) throws Exception {
        return mvc.perform(post("/api/staff/" + account + "/patient-link").with(user(by)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private PatientId aPatientOf(OrganizationId organization) {
        PatientId patient = PatientId.random();
        commands.send(new RegisterPatient(patient, organization, new PatientDetails("Nadia", "Benali",
                java.time.LocalDate.of(1990, 5, 17), Sex.FEMALE, null, null, PostalAddress.NONE, Insurance.NONE)),
                organization);
        // linking reads the patient list, which the projection fills a moment later
        org.awaitility.Awaitility.await().until(() -> queries.query(
                TestClinics.asSystem(new GetPatient(organization, patient), organization),
                ResponseTypes.optionalInstanceOf(PatientView.class)).join().isPresent());
        return patient;
    }

    private ResultActions invite(KineUser by, String email, String roles) throws Exception {
        return mvc.perform(post("/api/staff/invitations").with(user(by)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"displayName\": \"Inès Haddad\", \"roles\": " + roles + "}"));
    }

    private boolean loginExists(String email) {
        try {
            logins.loadUserByUsername(email);
            return true;
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException none) {
            return false;
        }
    }

    private static String uniqueEmail() {
        return "ines-" + UUID.randomUUID() + "@kine-test.fr";
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }
}
