package io.kine.infra.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The mails about logins (invitations, password resets), in the organization's language,
 * rendered from {@code templates/mail/*.html}. A mail that cannot be sent is logged (without
 * the address) and never undoes what caused it: the invitation stays and can be resent.
 */
@Component
public class StaffMails {

    private static final Logger log = LoggerFactory.getLogger(StaffMails.class);

    private final JavaMailSender sender;
    private final SpringTemplateEngine templates;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final String from;
    private final String baseUrl;

    StaffMails(JavaMailSender sender, SpringTemplateEngine templates, MessageSource messages, JdbcClient jdbc,
            @Value("${kine.mail.from}") String from, @Value("${kine.base-url:}") String baseUrl) {
        this.sender = sender;
        this.templates = templates;
        this.messages = messages;
        this.jdbc = jdbc;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    public void sendInvitation(String to, String displayName, UUID organizationId, String token) {
        send("invitation", to, displayName, organizationId, link("/invitations/" + token));
    }

    public void sendPasswordReset(String to, String displayName, UUID organizationId, String token) {
        send("passwordReset", to, displayName, organizationId, link("/password-reset/" + token));
    }

    private void send(String template, String to, String displayName, UUID organizationId, String link) {
        Locale locale = organizationLocale(organizationId);
        Context model = new Context(locale);
        model.setVariable("displayName", displayName);
        model.setVariable("link", link);
        model.setVariable("language", locale.getLanguage());
        model.setVariable("textDirection", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        try {
            MimeMessage mail = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(messages.getMessage("mail." + template + ".subject", null, locale));
            helper.setText(templates.process("mail/" + template, model), true);
            sender.send(mail);
        } catch (MailException | MessagingException notSent) {
            log.warn("The {} mail could not be sent ({}); it can be sent again", template, notSent.getClass().getSimpleName());
        }
    }

    /**
     * The organization's default language, else French. Read from its registration event: the
     * organization has no read model of its own yet.
     */
    private Locale organizationLocale(UUID organizationId) {
        return jdbc.sql("""
                SELECT payload::jsonb ->> 'defaultLocale' FROM domain_event_entry
                WHERE aggregate_identifier = :organizationId AND payload_type LIKE '%.OrganizationRegistered'
                ORDER BY sequence_number DESC LIMIT 1
                """)
                .param("organizationId", organizationId.toString())
                .query(String.class).optional()
                .filter(tag -> tag != null && !tag.isBlank())
                .map(tag -> Locale.forLanguageTag(tag.replace('_', '-')))
                .filter(locale -> java.util.Set.of("fr", "ar", "en").contains(locale.getLanguage()))
                .orElse(Locale.FRENCH);
    }

    /** Links point at {@code kine.base-url}, or at the address the current request came in on. */
    private String link(String path) {
        if (!baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "") + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
