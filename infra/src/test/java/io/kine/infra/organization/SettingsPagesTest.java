package io.kine.infra.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The settings pages: field errors next to their fields, the nav link only for those who may use it. */
@KineIntegrationTest
class SettingsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    Clinic clinic;
    KineUser owner;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
        owner = clinic.user(Role.OWNER);
    }

    @Test
    void showsTheSettingsLinkOnlyToRolesThatManageSettings() throws Exception {
        mvc.perform(get("/").with(user(owner))).andExpect(content().string(containsString("id=\"nav-settings\"")));
        mvc.perform(get("/").with(user(clinic.user(Role.ASSISTANT))))
                .andExpect(content().string(not(containsString("id=\"nav-settings\""))));
        mvc.perform(get("/settings").with(user(clinic.user(Role.MANAGER)))).andExpect(status().isForbidden());
    }

    @Test
    void savesTheSettingsAndShowsABadSiretNextToItsField() throws Exception {
        mvc.perform(post("/settings").with(user(owner)).with(csrf()).param("name", "Cabinet").param("currency", "EUR")
                        .param("defaultLocale", "fr").param("siret", "12345678901234"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("settingsForm", "siret", "organization.siret.invalid"));

        mvc.perform(post("/settings").with(user(owner)).with(csrf()).param("name", "Cabinet").param("currency", "EUR")
                        .param("defaultLocale", "fr").param("siret", "732 829 320 00074"))
                .andExpect(redirectedUrl("/settings"))
                .andExpect(flash().attribute("message", "settings.saved"));
        mvc.perform(get("/settings").with(user(owner))).andExpect(content().string(containsString("73282932000074")));
    }

    @Test
    void addsALocationAndARoomAndRefusesADuplicateRoomName() throws Exception {
        mvc.perform(post("/settings/locations/new").with(user(owner)).with(csrf()).param("name", "Rabat Agdal")
                        .param("timeZone", "Africa/Casablanca").param("phone", "+212 537 12 34 56"))
                .andExpect(redirectedUrl("/settings/locations"));
        String page = mvc.perform(get("/settings/locations").with(user(owner)))
                .andExpect(content().string(containsString("Rabat Agdal")))
                .andReturn().getResponse().getContentAsString();
        String addResource = page.replaceAll("(?s).*action=\"(/settings/locations/[^\"]+/resources)\".*", "$1");

        mvc.perform(post(addResource).with(user(owner)).with(csrf()).param("kind", "ROOM").param("name", "Salle 1"))
                .andExpect(redirectedUrl("/settings/locations"));
        mvc.perform(post(addResource).with(user(owner)).with(csrf()).param("kind", "ROOM").param("name", "salle 1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("resourceForm", "name", "resource.name.taken"));
    }

    @Test
    void anotherOrganizationsLocationIsNotFound() throws Exception {
        mvc.perform(post("/settings/locations/new").with(user(owner)).with(csrf()).param("name", "Lyon")
                .param("timeZone", "Europe/Paris"));
        String page = mvc.perform(get("/settings/locations").with(user(owner))).andReturn().getResponse()
                .getContentAsString();
        String edit = page.replaceAll("(?s).*href=\"(/settings/locations/[^\"]+/edit)\".*", "$1");
        KineUser stranger = new TestClinics(context).aClinic().user(Role.OWNER);

        mvc.perform(get(edit).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(edit).with(user(owner))).andExpect(status().isOk());
    }
}
