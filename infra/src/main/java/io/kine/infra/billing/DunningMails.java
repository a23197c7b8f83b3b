package io.kine.infra.billing;

import io.kine.infra.messaging.MessageMetadata;
import io.kine.kernel.billing.GetInvoice;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.PaymentReminderSent;
import io.kine.kernel.organization.GetOrganization;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationView;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.springframework.stereotype.Component;

/**
 * Mails each recorded payment reminder to the patient, in the invoice's language, with the
 * invoice as a PDF. It runs as its own tracking processor: a mail server that refuses makes
 * the handler fail, and the event is retried (or parked in the dead-letter queue with its
 * cause) rather than lost. A patient without an e-mail address gets the reminder on paper
 * (the event says so with no recipient).
 */
@Component
@ProcessingGroup("dunning-mail")
class DunningMails {

    private final JavaMailSender sender;
    private final SpringTemplateEngine templates;
    private final MessageSource messages;
    private final QueryGateway queries;
    private final BillingDocuments documents;
    private final PdfRenderer pdf;
    private final MoneyFormats money;
    private final String from;

    DunningMails(JavaMailSender sender, SpringTemplateEngine templates, MessageSource messages, QueryGateway queries,
            BillingDocuments documents, PdfRenderer pdf, MoneyFormats money, @Value("${kine.mail.from}") String from) {
        this.sender = sender;
        this.templates = templates;
        this.messages = messages;
        this.queries = queries;
        this.documents = documents;
        this.pdf = pdf;
        this.money = money;
        this.from = from;
    }

    @EventHandler
    void on(PaymentReminderSent event) throws MessagingException {
        if (event.recipient() == null || event.recipient().isBlank()) {
            return;
        }
        InvoiceView invoice = ask(event.organizationId(), new GetInvoice(event.organizationId(), event.invoiceId()),
                InvoiceView.class).orElseThrow();
        OrganizationView clinic = ask(event.organizationId(), new GetOrganization(event.organizationId()),
                OrganizationView.class).orElseThrow();
        Locale language = invoice.language();
        Context model = new Context(language);
        model.setVariable("language", language.getLanguage());
        model.setVariable("textDirection", "ar".equals(language.getLanguage()) ? "rtl" : "ltr");
        model.setVariable("patientName", invoice.summary().patientName());
        model.setVariable("clinicName", clinic.name());
        model.setVariable("number", invoice.summary().number());
        model.setVariable("dueOn", invoice.summary().dueOn().toString());
        model.setVariable("amountDue", money.format(event.balanceDue(), language));
        model.setVariable("step", event.step());
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(event.recipient());
        helper.setSubject(messages.getMessage("dunning.mail.subject",
                new Object[] {invoice.summary().number(), clinic.name()}, language));
        helper.setText(templates.process("mail/paymentReminder", model), true);
        helper.addAttachment(invoice.summary().number() + ".pdf",
                new ByteArrayResource(pdf.render(documents.invoice(invoice, clinic, language))), "application/pdf");
        sender.send(mail);
    }

    private <T> Optional<T> ask(OrganizationId organization, Object query, Class<T> type) {
        Map<String, Object> asKine = Map.of(MessageMetadata.ACTOR_ID, MessageMetadata.SYSTEM_ACTOR.toString(),
                MessageMetadata.ACTOR_ROLES, MessageMetadata.SYSTEM_ROLE,
                MessageMetadata.ORGANIZATION_ID, organization.toString());
        return queries.query(GenericMessage.asMessage(query).andMetaData(asKine), ResponseTypes.optionalInstanceOf(type))
                .join();
    }
}
