package io.kine.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The staff pages: who sees them, inviting with errors next to fields, and each change shown after it. */
@KineIntegrationTest
class StaffPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired UserLogins logins;

    Clinic clinic;
    KineUser owner;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
        owner = clinic.user(Role.OWNER);
    }

    @Test
    void listsTheStaffWithRolesAndStatusAndLinksThemFromTheMenuForManagersOnly() throws Exception {
        // the accounts reach the staff list through the projection, a moment after they were opened
        org.awaitility.Awaitility.await().untilAsserted(() -> mvc.perform(get("/staff").with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(clinic.user(Role.AUDITOR).getUsername())))
                .andExpect(content().string(containsString("Auditeur")))
                .andExpect(content().string(containsString("id=\"nav-staff\""))));
        mvc.perform(get("/patients").with(user(clinic.user(Role.PRACTITIONER)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"nav-staff\""))))
                .andExpect(content().string(containsString("id=\"nav-profile\"")));
        for (Role role : new Role[] {Role.MANAGER, Role.PRACTITIONER, Role.ASSISTANT, Role.PATIENT, Role.AUDITOR}) {
            mvc.perform(get("/staff").with(user(clinic.user(role)))).andExpect(status().isForbidden());
        }
    }

    @Test
    void showsEachRefusalOfAnInvitationNextToItsField() throws Exception {
        mvc.perform(post("/staff/invite").with(user(owner)).with(csrf()).param("email", "pas-une-adresse")
                        .param("displayName", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"displayName-error\"")))
                .andExpect(content().string(containsString("Choisissez au moins un rôle")));
        mvc.perform(post("/staff/invite").with(user(owner)).with(csrf())
                        .param("email", clinic.user(Role.ASSISTANT).getUsername()).param("displayName", "Inès")
                        .param("roles", "ASSISTANT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adresse déjà utilisée")));
    }

    @Test
    void invitesThenShowsTheNewAccountAsInvited() throws Exception {
        String email = "ines-" + UUID.randomUUID() + "@kine-test.fr";
        String location = mvc.perform(post("/staff/invite").with(user(owner)).with(csrf()).param("email", email)
                        .param("displayName", "Inès Haddad").param("roles", "PRACTITIONER", "ASSISTANT"))
                .andExpect(redirectedUrlPattern("/staff/*"))
                .andExpect(flash().attribute("message", "staff.done.invited"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(user(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Inès Haddad")))
                .andExpect(content().string(containsString("id=\"resend-invitation\"")))
                .andExpect(content().string(containsString("id=\"save-profile\"")));
    }

    @Test
    void grantsRevokesDeactivatesAndReactivatesFromTheAccountsPage() throws Exception {
        KineUser assistant = clinic.user(Role.ASSISTANT);
        String page = "/staff/" + assistant.userId().value();

        mvc.perform(post(page + "/roles/MANAGER/grant").with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("message", "staff.done.roleGranted"));
        mvc.perform(post(page + "/roles/ASSISTANT/revoke").with(user(owner)).with(csrf()))
                .andExpect(flash().attribute("message", "staff.done.roleRevoked"));
        mvc.perform(post(page + "/roles/MANAGER/revoke").with(user(owner)).with(csrf()))
                .andExpect(flash().attribute("problem", "staff.lastRole"));
        assertThat(logins.loadUserByUsername(assistant.getUsername()).roles()).containsExactly(Role.MANAGER);
        // read-your-writes: the page after the redirect already shows the change
        mvc.perform(get(page).with(user(owner)))
                .andExpect(content().string(containsString("id=\"revoke-MANAGER\"")))
                .andExpect(content().string(containsString("id=\"grant-ASSISTANT\"")));

        mvc.perform(post(page + "/deactivate").with(user(owner)).with(csrf()))
                .andExpect(flash().attribute("message", "staff.done.deactivated"));
        mvc.perform(get(page).with(user(owner))).andExpect(content().string(containsString("id=\"reactivate\"")));
        assertThat(logins.loadUserByUsername(assistant.getUsername()).isEnabled()).isFalse();
        mvc.perform(post(page + "/reactivate").with(user(owner)).with(csrf()))
                .andExpect(flash().attribute("message", "staff.done.reactivated"));
        assertThat(logins.loadUserByUsername(assistant.getUsername()).isEnabled()).isTrue();
    }

    @Test
    void refusesToDeactivateTheLastOwnerWithAReason() throws Exception {
        String page = "/staff/" + owner.userId().value();
        mvc.perform(post(page + "/deactivate").with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("problem", "staff.lastOwner"));
        assertThat(logins.loadUserByUsername(owner.getUsername()).isEnabled()).isTrue();
    }

    @Test
    void recordsAPractitionerProfileAndASubstitutionWithErrorsNextToTheFields() throws Exception {
        String page = "/staff/" + clinic.user(Role.PRACTITIONER).userId().value();
        mvc.perform(post(page + "/practitioner-profile").with(user(owner)).with(csrf())
                        .param("specialties", "Sport, Vestibulaire").param("licenseNumber", "75-1234"))
                .andExpect(flash().attribute("message", "staff.done.profileUpdated"));
        mvc.perform(get(page).with(user(owner))).andExpect(content().string(containsString("Sport, Vestibulaire")));

        String colleague = clinic.user(Role.OWNER).userId().value().toString();
        mvc.perform(post(page + "/substitution").with(user(owner)).with(csrf()).param("replaces", colleague)
                        .param("from", "2026-07-14").param("to", "2026-07-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"to-error\"")));
        mvc.perform(post(page + "/substitution").with(user(owner)).with(csrf()).param("replaces", UUID.randomUUID().toString())
                        .param("from", "pas une date").param("to", "2026-07-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"replaces-error\"")))
                .andExpect(content().string(containsString("id=\"from-error\"")));
        mvc.perform(post(page + "/substitution").with(user(owner)).with(csrf()).param("replaces", colleague)
                        .param("from", "2026-07-01").param("to", "2026-07-14"))
                .andExpect(flash().attribute("message", "staff.done.substituteFlagged"));
        mvc.perform(get(page).with(user(owner))).andExpect(content().string(containsString("id=\"member-substitution\"")));
    }

    @Test
    void answersAnotherClinicsAccountAsNotFound() throws Exception {
        KineUser theirs = new TestClinics(context).aClinic().user(Role.ASSISTANT);
        mvc.perform(get("/staff/" + theirs.userId().value()).with(user(owner))).andExpect(status().isNotFound());
        mvc.perform(post("/staff/" + theirs.userId().value() + "/deactivate").with(user(owner)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(logins.loadUserByUsername(theirs.getUsername()).isEnabled()).isTrue();
    }
}
