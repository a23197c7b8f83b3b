package io.kine.infra.reporting;

import io.kine.infra.web.Formats;
import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.RevenueView;
import io.kine.kernel.reporting.KpiFigures;
import io.kine.kernel.reporting.KpiPoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The chart's data as JSON for {@code reports.js}: rates in percent per period, labels in the
 * reader's language. It travels in a non-executed script element, so the page needs no inline
 * script under the content security policy.
 */
@Component
class DashboardChart {

    private final ObjectMapper json;
    private final MessageSource messages;
    private final Formats formats;

    DashboardChart(ObjectMapper json, MessageSource messages, Formats formats) {
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * Invoiced and collected per month, each top service's revenue per month, and invoiced,
     * collected and outstanding per practitioner; amounts as plain numbers.
     */
    String revenueJson(RevenueView revenue, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", revenue.months().stream().map(point -> formats.date(point.month())).toList());
        chart.put("invoiced", Map.of("label", messages.getMessage("revenue.invoiced", null, locale),
                "data", revenue.months().stream().map(RevenueView.RevenuePoint::invoiced).toList()));
        chart.put("collected", Map.of("label", messages.getMessage("revenue.collected", null, locale),
                "data", revenue.months().stream().map(RevenueView.RevenuePoint::collected).toList()));
        chart.put("services", revenue.topServices().stream().map(service -> Map.of("label", service.name(),
                "data", service.monthly())).toList());
        String unassigned = messages.getMessage("revenue.unassigned", null, locale);
        chart.put("practitioners", Map.of(
                "labels", revenue.practitioners().stream()
                        .map(row -> row.practitionerId() == null ? unassigned : row.name()).toList(),
                "invoiced", revenue.practitioners().stream().map(RevenueView.PractitionerRevenue::invoiced).toList(),
                "collected", revenue.practitioners().stream().map(RevenueView.PractitionerRevenue::collected).toList(),
                "outstanding", revenue.practitioners().stream().map(RevenueView.PractitionerRevenue::outstanding)
                        .toList(),
                "outstandingLabel", messages.getMessage("revenue.outstanding", null, locale)));
        chart.put("rtl", "ar".equals(locale.getLanguage()));
        return json.writeValueAsString(chart).replace("<", "\\u003c");
    }

    String json(DashboardView view, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", view.series().stream().map(point -> formats.date(point.start())).toList());
        chart.put("rates", List.of(
                dataset("kpi.utilization", view, KpiFigures::utilization, locale),
                dataset("kpi.noShowRate", view, KpiFigures::noShowRate, locale),
                dataset("kpi.lateCancellationRate", view, KpiFigures::lateCancellationRate, locale),
                dataset("kpi.retentionRate", view, KpiFigures::retentionRate, locale)));
        chart.put("newPatients", Map.of("label", messages.getMessage("kpi.newPatients", null, locale),
                "data", view.series().stream().map(point -> point.figures().newPatients()).toList()));
        chart.put("rtl", "ar".equals(locale.getLanguage()));
        // never let data close the script element it travels in
        return json.writeValueAsString(chart).replace("<", "\\u003c");
    }

    private Map<String, Object> dataset(String key, DashboardView view, Function<KpiFigures, Double> rate,
            Locale locale) {
        List<Double> values = view.series().stream().map(KpiPoint::figures).map(rate)
                .map(value -> value == null ? null : Math.round(value * 1000) / 10.0).toList();
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", messages.getMessage(key, null, locale));
        dataset.put("data", values);
        return dataset;
    }
}
