package io.kine.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.Role;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Changing one's password on {@code /profile}, and resetting a forgotten one by mail. */
@KineIntegrationTest
class PasswordPagesTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(43025, "127.0.0.1", "smtp"));

    private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "glycines-en-fleurs";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired UserLogins logins;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser practitioner;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
        practitioner = clinic.user(Role.PRACTITIONER);
    }

    @Test
    void showsWhoIsLoggedIn() throws Exception {
        mvc.perform(get("/profile").with(user(practitioner))).andExpect(status().isOk())
                .andExpect(content().string(containsString(practitioner.getUsername())))
                .andExpect(content().string(containsString("Test PRACTITIONER")))
                .andExpect(content().string(containsString("Praticien")));
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOneAndAStrongNewOne() throws Exception {
        changePassword("", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")));
        changePassword("not-the-password", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mot de passe actuel incorrect")));
        changePassword(TestClinics.PASSWORD, "qwertyqwerty", "qwertyqwerty").andExpect(status().isOk())
                .andExpect(content().string(containsString("Mot de passe trop courant")));
        changePassword(TestClinics.PASSWORD, NEW_PASSWORD, "autre-chose-encore").andExpect(status().isOk())
                .andExpect(content().string(containsString("Les deux mots de passe diffèrent")));
        assertThat(passwordChanges()).isZero();

        changePassword(TestClinics.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/profile"));

        assertThat(logins.passwordMatches(NEW_PASSWORD, logins.loadUserByUsername(practitioner.getUsername()).getPassword()))
                .isTrue();
        assertThat(passwordChanges()).isEqualTo(1);
        assertThat(lastPasswordChangeKind()).isEqualTo("CHANGED");
    }

    @Test
    void answersTheSameForAnUnknownAddressAndSendsNothing() throws Exception {
        mvc.perform(post("/password-reset").with(csrf()).param("email", "personne@kine-test.fr"))
                .andExpect(redirectedUrl("/password-reset?sent"));
        mvc.perform(post("/password-reset").with(csrf()).param("email", practitioner.getUsername()))
                .andExpect(redirectedUrl("/password-reset?sent"));

        assertThat(MAIL.getReceivedMessagesForDomain("personne@kine-test.fr")).isEmpty();
        assertThat(MAIL.getReceivedMessagesForDomain(practitioner.getUsername())).hasSize(1);
    }

    @Test
    void resetsThePasswordOnceThroughTheMailedLink() throws Exception {
        mvc.perform(get("/password-reset")).andExpect(status().isOk());
        mvc.perform(post("/password-reset").with(csrf()).param("email", practitioner.getUsername().toUpperCase()));
        MimeMessage mail = MAIL.getReceivedMessagesForDomain(practitioner.getUsername())[0];
        assertThat(mail.getSubject()).isEqualTo("Choisir un nouveau mot de passe — Kine");
        String token = token(mail);

        mvc.perform(get("/password-reset/" + token)).andExpect(status().isOk());
        mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", "court").param("confirmation", "court"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"password-error\"")));
        mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", NEW_PASSWORD)
                .param("confirmation", NEW_PASSWORD)).andExpect(redirectedUrl("/login?reset"));

        assertThat(logins.passwordMatches(NEW_PASSWORD, logins.loadUserByUsername(practitioner.getUsername()).getPassword()))
                .isTrue();
        assertThat(lastPasswordChangeKind()).isEqualTo("RESET");
        mvc.perform(get("/password-reset/" + token)).andExpect(status().isNotFound());
        mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", "encore-un-autre-mot")
                .param("confirmation", "encore-un-autre-mot")).andExpect(status().isNotFound());
        mvc.perform(get("/password-reset/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void sendsNoLinkToADeactivatedLogin() throws Exception {
        jdbc.sql("UPDATE identity.user_login SET enabled = FALSE WHERE user_id = :id")
                .param("id", practitioner.userId().value()).update();

        mvc.perform(post("/password-reset").with(csrf()).param("email", practitioner.getUsername()))
                .andExpect(redirectedUrl("/password-reset?sent"));

        assertThat(MAIL.getReceivedMessagesForDomain(practitioner.getUsername())).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions changePassword(String current, String password,
            String confirmation) throws Exception {
        return mvc.perform(post("/profile/password").with(user(practitioner)).with(csrf())
                .param("currentPassword", current).param("password", password).param("confirmation", confirmation));
    }

    private int passwordChanges() {
        return jdbc.sql("""
                SELECT count(*) FROM domain_event_entry
                WHERE aggregate_identifier = :id AND payload_type LIKE '%.PasswordChanged'
                """).param("id", practitioner.userId().value().toString()).query(Integer.class).single();
    }

    private String lastPasswordChangeKind() {
        return jdbc.sql("""
                SELECT payload::jsonb ->> 'how' FROM domain_event_entry
                WHERE aggregate_identifier = :id AND payload_type LIKE '%.PasswordChanged'
                ORDER BY sequence_number DESC LIMIT 1
                """).param("id", practitioner.userId().value().toString()).query(String.class).single();
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }
}
