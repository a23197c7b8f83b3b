package io.kine.infra.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.kernel.identity.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The test mailbox shows what the embedded SMTP server received, links included, to people who
 * manage staff, and does not exist once mail goes to a real server.
 */
@KineIntegrationTest
class DemoMailboxTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void showsSentMailsWithTheirLinksWhileMailStaysInsideKine() throws Exception {
        Clinic clinic = new TestClinics(context).aClinic();
        GreenMail embedded = EmbeddedMailServer.start();
        try {
            send(embedded, "nouvelle@example.org", "Invitation à rejoindre le cabinet",
                    "<html><head><style>p{}</style></head><body><p>Bonjour,</p>"
                            + "<a href=\"http://localhost/invitations/abc123\">Accepter</a></body></html>");

            String page = mvc.perform(get("/mailbox").with(user(clinic.user(Role.OWNER))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(page).contains("Invitation à rejoindre le cabinet").contains("nouvelle@example.org")
                    .contains("href=\"http://localhost/invitations/abc123\"").contains("Bonjour").doesNotContain("p{}")
                    .contains("id=\"nav-mailbox\"");
            mvc.perform(get("/mailbox").with(user(clinic.user(Role.ASSISTANT)))).andExpect(status().isForbidden());
        } finally {
            embedded.stop();
        }
        mvc.perform(get("/mailbox").with(user(clinic.user(Role.OWNER)))).andExpect(status().isNotFound());
    }

    private static void send(GreenMail server, String to, String subject, String html) throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getSmtp().getPort());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("no-reply@kine.invalid");
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(html, true);
        sender.send(message);
    }
}
