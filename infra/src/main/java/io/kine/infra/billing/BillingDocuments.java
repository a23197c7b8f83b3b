package io.kine.infra.billing;

import io.kine.kernel.billing.CreditNoteView;
import io.kine.kernel.billing.InvoiceLineView;
import io.kine.kernel.billing.InvoiceSummary;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PatientAccountView;
import io.kine.kernel.billing.TaxLine;
import io.kine.kernel.organization.LegalIdentifiers;
import io.kine.kernel.organization.OrganizationView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the printed invoice, credit note and patient statement in a language: the clinic's
 * letterhead and legal identifiers, the patient, the lines, the breakdown per tax rate and the
 * totals — the same amounts the screen and the CSV show, formatted for the reader.
 */
@Component
class BillingDocuments {

    private final MessageSource messages;
    private final MoneyFormats money;

    BillingDocuments(MessageSource messages, MoneyFormats money) {
        this.messages = messages;
        this.money = money;
    }

    BillingDocument invoice(InvoiceView invoice, OrganizationView clinic, Locale language) {
        Text t = new Text(language);
        InvoiceSummary s = invoice.summary();
        List<BillingDocument.Table> tables = new ArrayList<>();
        tables.add(meta(t, List.of(
                List.of(t.get("billing.pdf.patient"), s.patientName()),
                List.of(t.get("billing.pdf.issuedOn"), t.date(s.issuedOn())),
                List.of(t.get("billing.pdf.dueOn"), t.date(s.dueOn())),
                List.of(t.get("billing.pdf.caseReference"), nonNull(invoice.caseReference())))));
        tables.add(lines(t, invoice.lines()));
        tables.add(taxes(t, invoice.taxes()));
        tables.add(totals(t, List.of(
                List.of(t.get("invoice.total.net"), t.money(s.net())),
                List.of(t.get("invoice.total.tax"), t.money(s.tax())),
                List.of(t.get("invoice.total.gross"), t.money(s.total())),
                List.of(t.get("invoice.total.paid"), t.money(s.paid())),
                List.of(t.get("invoice.total.due"), t.money(s.balanceDue())))));
        String title = t.get(s.number() == null ? "invoice.pdf.draftTitle" : "invoice.pdf.title");
        List<String> notes = invoice.notes() == null ? List.of() : List.of(invoice.notes());
        return document(t, title, s.number(), clinic, s.patientName(), tables, notes,
                s.dueOn() == null ? "" : t.get("invoice.pdf.footer", t.date(s.dueOn())));
    }

    BillingDocument creditNote(InvoiceView invoice, OrganizationView clinic, Locale language) {
        Text t = new Text(language);
        InvoiceSummary s = invoice.summary();
        CreditNoteView note = invoice.creditNote();
        List<BillingDocument.Table> tables = new ArrayList<>();
        tables.add(meta(t, List.of(
                List.of(t.get("billing.pdf.patient"), s.patientName()),
                List.of(t.get("billing.pdf.issuedOn"), t.date(note.issuedOn())),
                List.of(t.get("creditNote.pdf.invoice"), s.number()),
                List.of(t.get("creditNote.pdf.reason"), nonNull(note.reason())))));
        tables.add(lines(t, invoice.lines()));
        tables.add(taxes(t, note.taxes()));
        tables.add(totals(t, List.of(
                List.of(t.get("invoice.total.net"), t.money(note.net().negate())),
                List.of(t.get("invoice.total.tax"), t.money(note.tax().negate())),
                List.of(t.get("creditNote.total"), t.money(note.total().negate())))));
        return document(t, t.get("creditNote.pdf.title"), note.number(), clinic, s.patientName(), tables, List.of(), "");
    }

    BillingDocument statement(PatientAccountView account, OrganizationView clinic, LocalDate asOf, Locale language) {
        Text t = new Text(language);
        List<List<String>> rows = new ArrayList<>();
        for (InvoiceSummary s : account.invoices()) {
            if (s.number() != null) {
                rows.add(List.of(s.number(), t.date(s.issuedOn()), t.get("invoice.status" + "." + s.status()),
                        t.money(s.total()), t.money(s.paid()), t.money(s.balanceDue())));
            }
        }
        List<BillingDocument.Table> tables = List.of(
                meta(t, List.of(List.of(t.get("billing.pdf.patient"), account.patientName()),
                        List.of(t.get("balance.statement.asOf"), t.date(asOf)))),
                new BillingDocument.Table(t.get("balance.statement.invoices"),
                        List.of(t.get("billing.pdf.number"), t.get("billing.pdf.issuedOn"), t.get("billing.pdf.status"),
                                t.get("invoice.total.gross"), t.get("invoice.total.paid"), t.get("invoice.total.due")),
                        rows, List.of(false, false, false, true, true, true), false),
                totals(t, List.of(
                        List.of(t.get("balance.invoiced"), t.money(account.invoiced())),
                        List.of(t.get("balance.paid"), t.money(account.paid())),
                        List.of(t.get("balance.credit"), t.money(account.credit())),
                        List.of(t.get("balance.due"), t.money(account.balanceDue())))));
        return document(t, t.get("balance.statement.title"), null, clinic, account.patientName(), tables, List.of(), "");
    }

    private BillingDocument document(Text t, String title, String number, OrganizationView clinic, String patient,
            List<BillingDocument.Table> tables, List<String> notes, String footer) {
        boolean rtl = "ar".equals(t.language.getLanguage());
        return new BillingDocument(t.language.getLanguage(), rtl, title, number, letterhead(t, clinic),
                List.of(nonNull(patient)), tables.stream().map(table -> table.inDirection(rtl)).toList(), notes, footer);
    }

    private List<String> letterhead(Text t, OrganizationView clinic) {
        List<String> lines = new ArrayList<>();
        lines.add(clinic.name());
        LegalIdentifiers legal = clinic.legalIdentifiers() == null ? LegalIdentifiers.NONE : clinic.legalIdentifiers();
        addIf(lines, legal.legalName(), legal.legalName());
        addIf(lines, legal.siret(), t.get("billing.legal.siret", legal.siret()));
        addIf(lines, legal.rpps(), t.get("billing.legal.rpps", legal.rpps()));
        addIf(lines, legal.ice(), t.get("billing.legal.ice", legal.ice()));
        addIf(lines, legal.taxId(), t.get("billing.legal.taxId", legal.taxId()));
        addIf(lines, legal.tradeRegister(), t.get("billing.legal.tradeRegister", legal.tradeRegister()));
        return lines;
    }

    private BillingDocument.Table meta(Text t, List<List<String>> rows) {
        return new BillingDocument.Table(null, List.of(), rows.stream().filter(r -> !r.get(1).isEmpty()).toList(),
                List.of(false, false), false);
    }

    private BillingDocument.Table lines(Text t, List<InvoiceLineView> lines) {
        List<List<String>> rows = lines.stream().map(l -> List.of(l.description(),
                money.number(l.quantity(), 0, t.language), money.number(l.unitPrice(), 2, t.language),
                money.number(l.taxRate(), 0, t.language) + "\u00A0%", discount(t, l), t.money(l.net()),
                t.money(l.total()))).toList();
        return new BillingDocument.Table(null, List.of(t.get("billing.pdf.description"), t.get("billing.pdf.quantity"),
                t.get("billing.pdf.unitPrice"), t.get("billing.pdf.taxRate"), t.get("billing.pdf.discount"),
                t.get("billing.pdf.net"), t.get("billing.pdf.total")), rows,
                List.of(false, true, true, true, true, true, true), false);
    }

    private BillingDocument.Table taxes(Text t, List<TaxLine> taxes) {
        List<List<String>> rows = taxes.stream().map(x -> List.of(money.number(x.rate(), 0, t.language) + "\u00A0%",
                t.money(x.net()), t.money(x.tax()), t.money(x.total()))).toList();
        return new BillingDocument.Table(t.get("billing.pdf.taxBreakdown"), List.of(t.get("billing.pdf.taxRate"),
                t.get("billing.pdf.net"), t.get("billing.pdf.tax"), t.get("billing.pdf.total")), rows,
                List.of(true, true, true, true), false);
    }

    private BillingDocument.Table totals(Text t, List<List<String>> rows) {
        return new BillingDocument.Table(null, List.of(), rows, List.of(false, true), true);
    }

    private String discount(Text t, InvoiceLineView line) {
        if (line.discount().isNone()) {
            return "";
        }
        return switch (line.discount().kind()) {
            case PERCENT -> money.number(line.discount().value(), 0, t.language) + "\u00A0%";
            case AMOUNT -> t.money(new Money(line.discount().value(), line.net().currency()));
        };
    }

    private static void addIf(List<String> lines, String value, String line) {
        if (value != null && !value.isBlank()) {
            lines.add(line);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Messages, dates and money in one language. */
    private final class Text {
        final Locale language;

        Text(Locale language) {
            this.language = language;
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, language);
        }

        String date(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(MoneyFormats.numbersOf(language)).format(date);
        }

        String money(Money amount) {
            return BillingDocuments.this.money.format(amount, language);
        }
    }
}
