package io.kine.infra.billing;

import io.kine.kernel.billing.InvoiceSummary;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PaymentView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The accountant's exports, written with Apache Commons CSV: UTF-8 with a byte-order mark so
 * spreadsheets read accents and Arabic right, dates in ISO form, amounts exactly as stored.
 * French files use the French spreadsheet conventions (semicolons, decimal comma); other
 * languages commas and a decimal point. Headers are in the export's language.
 */
@Component
class CsvExports {

    private static final char BOM = '\uFEFF';

    private final MessageSource messages;

    CsvExports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] invoices(List<InvoiceSummary> invoices, Locale language) {
        List<String> header = headers(language, "billing.csv.number", "billing.csv.issuedOn", "billing.csv.dueOn",
                "billing.csv.patient", "billing.csv.status", "billing.csv.net", "billing.csv.tax", "billing.csv.total",
                "billing.csv.paid", "billing.csv.balanceDue", "billing.csv.creditNote", "billing.csv.currency");
        return write(language, header, invoices.stream().map(i -> List.of(i.number(), iso(i.issuedOn()), iso(i.dueOn()),
                text(i.patientName()), i.status().name(), amount(i.net(), language), amount(i.tax(), language),
                amount(i.total(), language), amount(i.paid(), language), amount(i.balanceDue(), language),
                text(i.creditNoteNumber()), i.total().currency())));
    }

    byte[] payments(List<PaymentView> payments, Locale language) {
        List<String> header = headers(language, "billing.csv.receivedOn", "billing.csv.invoice", "billing.csv.patient",
                "billing.csv.method", "billing.csv.reference", "billing.csv.amount", "billing.csv.applied",
                "billing.csv.excess", "billing.csv.currency");
        return write(language, header, payments.stream().map(p -> List.of(iso(p.receivedOn()), text(p.invoiceNumber()),
                text(p.patientName()), p.method().name(), text(p.reference()), amount(p.amount(), language),
                amount(p.applied(), language), amount(p.excess(), language), p.amount().currency())));
    }

    private byte[] write(Locale language, List<String> header, Stream<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.Builder.create(french(language) ? CSVFormat.EXCEL.builder().setDelimiter(';').get()
                : CSVFormat.EXCEL).setHeader(header.toArray(String[]::new)).get();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            // the mark goes first: the printer writes the header row as soon as it is created
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (List<String> row : (Iterable<List<String>>) rows::iterator) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<String> headers(Locale language, String... columns) {
        List<String> header = new ArrayList<>();
        for (String column : columns) {
            header.add(messages.getMessage(column, null, language));
        }
        return header;
    }

    private static boolean french(Locale language) {
        return "fr".equals(language.getLanguage());
    }

    private static String amount(Money money, Locale language) {
        String plain = money.amount().toPlainString();
        return french(language) ? plain.replace('.', ',') : plain;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
