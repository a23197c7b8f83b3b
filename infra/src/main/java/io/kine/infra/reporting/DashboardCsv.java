package io.kine.infra.reporting;

import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.DayOperationsView;
import io.kine.kernel.reporting.KpiFigures;
import io.kine.kernel.reporting.KpiPoint;
import io.kine.kernel.reporting.PractitionerDay;
import io.kine.kernel.reporting.RevenueView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;

/**
 * The figures of a dashboard as CSV, the same rows as its table. Headers are in the reader's
 * language; numbers are plain (dot decimals, rates as fractions) so spreadsheets read them.
 */
final class DashboardCsv {

    private final MessageSource messages;
    private final Locale locale;

    DashboardCsv(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String dashboard(DashboardView view) {
        return write(printer -> {
            printer.printRecord(header("kpi.periodStart", "kpi.periodEnd", "kpi.availableMinutes", "kpi.bookedMinutes",
                    "kpi.utilization", "kpi.appointments", "kpi.completed", "kpi.noShows", "kpi.noShowRate",
                    "kpi.cancellations", "kpi.lateCancellations", "kpi.lateCancellationRate", "kpi.visits",
                    "kpi.newPatients", "kpi.patientsSeen", "kpi.retainedPatients", "kpi.retentionRate",
                    "kpi.closedCases", "kpi.closedCaseVisits", "kpi.averageVisitsPerCase"));
            for (KpiPoint point : view.series()) {
                printer.printRecord(row(point.start().toString(), point.end().toString(), point.figures()));
            }
            printer.printRecord(row(messages.getMessage("kpi.total", null, locale), "", view.totals()));
        });
    }

    String day(DayOperationsView view) {
        return write(printer -> {
            printer.printRecord(header("kpi.practitioner", "kpi.upcoming", "kpi.arrived", "kpi.completed",
                    "kpi.noShows", "kpi.cancellations", "kpi.bookedMinutes", "kpi.availableMinutes", "kpi.utilization"));
            for (PractitionerDay day : view.practitioners()) {
                printer.printRecord(dayRow(day.practitionerName(), day));
            }
            printer.printRecord(dayRow(messages.getMessage("kpi.total", null, locale), view.total()));
        });
    }

    /**
     * The billing figures: months, totals, aging of what is owed today, top services, their
     * revenue per month, and (organization dashboard) the figures per practitioner.
     */
    String revenue(RevenueView view) {
        return write(printer -> {
            printer.printRecord(header("revenue.month", "revenue.invoiced", "revenue.collected"));
            for (RevenueView.RevenuePoint month : view.months()) {
                printer.printRecord(month.month(), month.invoiced(), month.collected());
            }
            printer.printRecord(messages.getMessage("kpi.total", null, locale), view.invoiced(), view.collected());
            printer.println();
            printer.printRecord(header("revenue.aging.bucket", "revenue.aging.invoices", "revenue.outstanding"));
            for (RevenueView.AgingBucket bucket : view.aging()) {
                printer.printRecord(messages.getMessage("revenue.aging.%s".formatted(bucket.bucket()), null, locale),
                        bucket.invoices(), bucket.amount());
            }
            printer.printRecord(messages.getMessage("kpi.total", null, locale), "", view.outstanding());
            printer.println();
            printer.printRecord(header("revenue.service.code", "revenue.service.name", "revenue.service.quantity",
                    "revenue.service.revenue"));
            for (RevenueView.ServiceRevenue service : view.topServices()) {
                printer.printRecord(service.code(), service.name(), service.quantity().toPlainString(),
                        service.revenue());
            }
            if (!view.topServices().isEmpty()) {
                printer.println();
                servicesPerMonth(printer, view);
            }
            if (!view.practitioners().isEmpty()) {
                printer.println();
                printer.printRecord(header("revenue.practitioner", "revenue.invoiced", "revenue.collected",
                        "revenue.outstanding"));
                for (RevenueView.PractitionerRevenue row : view.practitioners()) {
                    printer.printRecord(row.practitionerId() == null
                                    ? messages.getMessage("revenue.unassigned", null, locale) : row.name(),
                            row.invoiced(), row.collected(), row.outstanding());
                }
                printer.printRecord(messages.getMessage("kpi.total", null, locale), view.invoiced(), view.collected(),
                        view.outstanding());
            }
        });
    }

    /** Months down, the top services across (their codes), as on the page. */
    private void servicesPerMonth(CSVPrinter printer, RevenueView view) throws IOException {
        java.util.List<Object> header = new java.util.ArrayList<>();
        header.add(messages.getMessage("revenue.month", null, locale));
        view.topServices().forEach(service -> header.add(service.code()));
        printer.printRecord(header);
        for (int m = 0; m < view.months().size(); m++) {
            java.util.List<Object> row = new java.util.ArrayList<>();
            row.add(view.months().get(m).month());
            for (RevenueView.ServiceRevenue service : view.topServices()) {
                row.add(service.monthly().get(m));
            }
            printer.printRecord(row);
        }
        java.util.List<Object> total = new java.util.ArrayList<>();
        total.add(messages.getMessage("kpi.total", null, locale));
        view.topServices().forEach(service -> total.add(service.revenue()));
        printer.printRecord(total);
    }

    private Object[] header(String... keys) {
        Object[] names = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = messages.getMessage(keys[i], null, locale);
        }
        return names;
    }

    private static Object[] row(String start, String end, KpiFigures f) {
        return new Object[] {start, end, f.availableMinutes(), f.bookedMinutes(), rate(f.utilization()),
                f.appointments(), f.completed(), f.noShows(), rate(f.noShowRate()), f.cancellations(),
                f.lateCancellations(), rate(f.lateCancellationRate()), f.visits(), f.newPatients(), f.patientsSeen(),
                f.retainedPatients(), rate(f.retentionRate()), f.closedCases(), f.closedCaseVisits(),
                rate(f.averageVisitsPerCase())};
    }

    private static Object[] dayRow(String name, PractitionerDay d) {
        return new Object[] {name, d.upcoming(), d.arrived(), d.completed(), d.noShows(), d.cancellations(),
                d.bookedMinutes(), d.availableMinutes(), rate(d.utilization())};
    }

    private static String rate(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.4f", rate);
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
