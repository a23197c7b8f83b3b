package io.kine.infra.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every projection (processing group) and the read_model tables it owns, which a rebuild
 * copies and swaps together. A new projection must be added here: {@code ProjectionRebuildTest}
 * fails when a processing group of the running application is missing.
 */
final class ProjectionCatalog {

    static final Map<String, List<String>> TABLES = tables();

    /**
     * Event processors that keep no read_model table (they act on events: logins, credit moves,
     * reminder mails, the hash chain), hence never rebuilt.
     */
    static final java.util.Set<String> NOT_PROJECTIONS = java.util.Set.of("login-sync", "billing-credit",
            "dunning-mail", "audit-chain");

    /**
     * Projections that also write the words of the clinical record into schema {@code clinical},
     * which the shadow-table swap does not copy: they are not offered for rebuilding.
     */
    static final java.util.Set<String> OUTSIDE_READ_MODEL = java.util.Set.of("clinical-case", "visit");

    private ProjectionCatalog() {
    }

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("organization", List.of("organization", "location", "resource"));
        tables.put("staff_member", List.of("staff_member"));
        tables.put("patient", List.of("patient"));
        tables.put("appointment-type", List.of("appointment_type"));
        tables.put("appointment", List.of("appointment"));
        tables.put("working-hours", List.of("working_hours", "working_hours_range"));
        tables.put("working-hours-exception", List.of("working_hours_exception", "working_hours_exception_range"));
        tables.put("appointment-series", List.of("appointment_series", "appointment_series_skipped"));
        tables.put("note-template", List.of("note_template"));
        tables.put("product", List.of("product"));
        tables.put("billing", List.of("invoice", "invoice_line", "invoice_tax", "payment", "payment_reminder",
                "patient_credit_movement", "patient_balance", "dunning_settings", "appointment_type_service"));
        tables.put("kpi", List.of("kpi_location", "kpi_appointment", "kpi_working_hours", "daily_utilization",
                "patient_first_visit", "kpi_generation"));
        return java.util.Collections.unmodifiableMap(tables);
    }

    static Optional<List<String>> tablesOf(String group) {
        return Optional.ofNullable(TABLES.get(group));
    }
}
