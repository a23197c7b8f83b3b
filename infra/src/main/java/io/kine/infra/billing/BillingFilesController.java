package io.kine.infra.billing;

import io.kine.command.billing.InvoiceNotFound;
import io.kine.command.patients.PatientNotFound;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.billing.FindInvoices;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.organization.OrganizationView;
import io.kine.kernel.patients.PatientId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PDFs (invoice, credit note, patient statement) in the invoice's language unless {@code lang}
 * says otherwise, and the accountant's CSV exports. The same URLs serve the pages' download links.
 */
@RestController
@PreAuthorize("hasAuthority('billing.view')")
class BillingFilesController {

    private static final long LONGEST_EXPORT_DAYS = 366;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BillingReads reads;
    private final BillingDocuments documents;
    private final PdfRenderer pdf;
    private final CsvExports csv;
    private final BillingWrites writes;

    BillingFilesController(BillingReads reads, BillingDocuments documents, PdfRenderer pdf, CsvExports csv,
            BillingWrites writes) {
        this.reads = reads;
        this.documents = documents;
        this.pdf = pdf;
        this.csv = csv;
        this.writes = writes;
    }

    @GetMapping({"/api/invoices/{id}/pdf", "/billing/invoices/{id}/pdf"})
    ResponseEntity<byte[]> invoice(@PathVariable UUID id, @RequestParam(required = false) String lang,
            @AuthenticationPrincipal KineUser user) {
        InvoiceView invoice = reads.existing(user.organizationId(), new InvoiceId(id));
        Locale language = language(lang, invoice.language());
        byte[] file = pdf.render(documents.invoice(invoice, organization(user), language));
        String name = invoice.summary().number() == null ? "draft-" + id : invoice.summary().number();
        return file(file, MediaType.APPLICATION_PDF, name + ".pdf");
    }

    @GetMapping({"/api/invoices/{id}/credit-note.pdf", "/billing/invoices/{id}/credit-note.pdf"})
    ResponseEntity<byte[]> creditNote(@PathVariable UUID id, @RequestParam(required = false) String lang,
            @AuthenticationPrincipal KineUser user) {
        InvoiceId invoiceId = new InvoiceId(id);
        InvoiceView invoice = reads.existing(user.organizationId(), invoiceId);
        if (invoice.creditNote() == null) {
            throw new InvoiceNotFound(invoiceId);
        }
        byte[] file = pdf.render(documents.creditNote(invoice, organization(user), language(lang, invoice.language())));
        return file(file, MediaType.APPLICATION_PDF, invoice.creditNote().number() + ".pdf");
    }

    @GetMapping({"/api/patients/{id}/statement.pdf", "/billing/patients/{id}/statement.pdf"})
    ResponseEntity<byte[]> statement(@PathVariable UUID id, @RequestParam(required = false) String lang,
            @AuthenticationPrincipal KineUser user, Locale locale) {
        PatientId patient = new PatientId(id);
        var account = reads.account(user.organizationId(), patient).orElseThrow(() -> new PatientNotFound(patient));
        byte[] file = pdf.render(documents.statement(account, organization(user), writes.today(), language(lang, locale)));
        return file(file, MediaType.APPLICATION_PDF, "statement-" + writes.today() + ".pdf");
    }

    /** Issued and credited invoices of a period, one row each (see {@link CsvExports}). */
    @GetMapping({"/api/invoices/export.csv", "/billing/invoices/export.csv"})
    ResponseEntity<byte[]> invoices(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) String lang, @AuthenticationPrincipal KineUser user, Locale locale) {
        checkPeriod(from, to);
        var found = reads.invoices(new FindInvoices(user.organizationId(), null, from, to, null, null, 1, 0)).items().stream()
                .filter(invoice -> invoice.number() != null).toList();
        return file(csv.invoices(found, language(lang, locale)), CSV, "invoices-" + from + "-" + to + ".csv");
    }

    @GetMapping({"/api/payments/export.csv", "/billing/payments/export.csv"})
    ResponseEntity<byte[]> payments(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) String lang, @AuthenticationPrincipal KineUser user, Locale locale) {
        checkPeriod(from, to);
        return file(csv.payments(reads.payments(user.organizationId(), from, to), language(lang, locale)), CSV,
                "payments-" + from + "-" + to + ".csv");
    }

    private OrganizationView organization(KineUser user) {
        return reads.organization(user.organizationId());
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > LONGEST_EXPORT_DAYS) {
            throw new InvalidRequest("to", "billing.invalidPeriod");
        }
    }

    private static Locale language(String lang, Locale fallback) {
        String tag = lang != null ? lang : fallback.getLanguage();
        return List.of("fr", "ar", "en").contains(tag) ? Locale.forLanguageTag(tag) : Locale.FRENCH;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type)
                .body(body);
    }
}
