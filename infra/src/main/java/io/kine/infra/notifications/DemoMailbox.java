package io.kine.infra.notifications;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The inbox of the embedded SMTP server, for a demo or a trial without a mail server: the
 * person who invites a colleague can read the invitation and follow its link. It exists only
 * while mail stays inside Kine; with a real SMTP server configured it answers 404.
 */
@Controller
@RequestMapping("/mailbox")
class DemoMailbox {

    static final String MAILBOX_VIEW = "mailbox";
    private static final Pattern LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern STYLE = Pattern.compile("(?s)<(style|head)[^>]*>.*?</\\1>");

    /** A mail as the page shows it: plain text and the links it holds, no HTML of its own. */
    record Mail(String to, String subject, Instant sentAt, String text, List<String> links) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('staff.manage')")
    String mailbox(Model model) {
        if (!EmbeddedMailServer.isRunning()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : EmbeddedMailServer.receivedMessages()) {
            mails.add(0, read(message));
        }
        model.addAttribute("mails", mails);
        return MAILBOX_VIEW;
    }

    private static Mail read(MimeMessage message) {
        try {
            String html = html(message);
            Matcher links = LINK.matcher(html);
            List<String> found = new ArrayList<>();
            while (links.find()) {
                found.add(links.group(1).replace("&amp;", "&"));
            }
            String text = TAGS.matcher(STYLE.matcher(html).replaceAll(" ")).replaceAll(" ")
                    .replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
            String to = Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(", "));
            Instant sentAt = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            return new Mail(to, message.getSubject(), sentAt, text, found.stream().distinct().toList());
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException("Unreadable mail in the embedded mailbox", unreadable);
        }
    }

    /** The HTML part (or the only part) of a mail. */
    private static String html(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(html(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return content instanceof String text ? text : "";
    }
}
