package io.kine.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.kernel.identity.Role;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The projections page and API: who may use them, starting a rebuild, following its progress. */
@KineIntegrationTest
class ProjectionAdminTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ProjectionRebuilder rebuilder;

    Clinic clinic;

    @BeforeEach
    void aClinic() {
        clinic = new TestClinics(context).aClinic();
        await().atMost(Duration.ofMinutes(2)).until(() -> rebuilder.progress().values().stream()
                .noneMatch(RebuildProgress::active));
    }

    @Test
    void showsOwnersEveryProjectionWithItsPosition() throws Exception {
        mvc.perform(get("/admin/projections").with(user(clinic.user(Role.OWNER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rebuild-kpi-button\"")))
                .andExpect(content().string(containsString("id=\"rebuild-patient-button\"")));
    }

    @Test
    void namesEveryProjectionInTheReadersLanguage() throws Exception {
        MessageSource messages = context.getBean(MessageSource.class);
        for (String projection : ProjectionCatalog.TABLES.keySet()) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.forLanguageTag("ar"), Locale.ENGLISH)) {
                assertThat(messages.getMessage("projection.label." + projection, null, null, locale))
                        .as(projection + " in " + locale).isNotBlank();
            }
        }
        mvc.perform(get("/admin/projections").with(user(clinic.user(Role.OWNER))))
                .andExpect(content().string(containsString("Séances et notes cliniques")))
                .andExpect(content().string(containsString("aria-label=\"Reconstruire la projection Indicateurs\"")));
    }

    @Test
    void refusesEveryoneWithoutSettingsManage() throws Exception {
        for (Role role : List.of(Role.MANAGER, Role.PRACTITIONER, Role.ASSISTANT, Role.AUDITOR, Role.PATIENT)) {
            mvc.perform(get("/admin/projections").with(user(clinic.user(role)))).andExpect(status().isForbidden());
            mvc.perform(post("/api/admin/projections/kpi/rebuild").with(user(clinic.user(role))).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void rebuildsOneProjectionOverTheApiAndReportsItsProgress() throws Exception {
        mvc.perform(post("/api/admin/projections/kpi/rebuild").with(user(clinic.user(Role.ADMIN))).with(csrf()))
                .andExpect(status().isAccepted());

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> mvc.perform(get("/api/admin/projections")
                        .with(user(clinic.user(Role.ADMIN))))
                .andExpect(jsonPath("$.data[?(@.projection == 'kpi')].rebuild.state").value("DONE"))
                .andExpect(jsonPath("$.data[?(@.projection == 'kpi')].rebuild.percent").value(100)));
        mvc.perform(get("/admin/projections/progress").with(user(clinic.user(Role.OWNER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bar-kpi\"")));
    }

    @Test
    void startsARebuildFromThePageAndAnswersUnknownProjectionsWith404() throws Exception {
        mvc.perform(post("/admin/projections/appointment/rebuild").with(user(clinic.user(Role.OWNER))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/projections"));
        mvc.perform(post("/api/admin/projections/nothing/rebuild").with(user(clinic.user(Role.OWNER))).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/unknown-projection"));
    }

    @Test
    void reservesProjectionsToTheOperatorsOrganizationsWhenConfigured() {
        ProjectionAdmins operatorOnly = new ProjectionAdmins(List.of(UUID.randomUUID()));
        ProjectionAdmins anyClinic = new ProjectionAdmins(List.of());

        assertThatThrownBy(() -> operatorOnly.check(clinic.user(Role.OWNER))).isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> anyClinic.check(clinic.user(Role.OWNER))).doesNotThrowAnyException();
    }
}
