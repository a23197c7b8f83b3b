package io.kine.infra.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every projection (processing group) and the tables it owns, as {@code schema.table}, which a
 * rebuild copies and swaps together. A new projection must be added here:
 * {@code ProjectionRebuildTest} fails when a processing group of the running application is missing.
 */
final class ProjectionCatalog {

    /** Schemas a projection may write; each has its shadow schema, see {@link ShadowTables#shadowOf}. */
    static final Set<String> SCHEMAS = Set.of("read_model", "clinical");

    static final Map<String, List<String>> TABLES = tables();

    /**
     * Event processors that keep no projected table (they act on events: logins, credit moves,
     * reminder mails, the hash chain), hence never rebuilt.
     */
    static final Set<String> NOT_PROJECTIONS = Set.of("login-sync", "billing-credit", "dunning-mail", "audit-chain");

    private ProjectionCatalog() {
    }

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        readModel(tables, "organization", "organization", "location", "resource");
        readModel(tables, "staff_member", "staff_member");
        readModel(tables, "patient", "patient");
        readModel(tables, "appointment-type", "appointment_type");
        readModel(tables, "appointment", "appointment");
        readModel(tables, "working-hours", "working_hours", "working_hours_range");
        readModel(tables, "working-hours-exception", "working_hours_exception", "working_hours_exception_range");
        readModel(tables, "appointment-series", "appointment_series", "appointment_series_skipped");
        readModel(tables, "note-template", "note_template");
        readModel(tables, "product", "product");
        readModel(tables, "billing", "invoice", "invoice_line", "invoice_tax", "payment", "payment_reminder",
                "patient_credit_movement", "patient_balance", "dunning_settings", "appointment_type_service",
                "billing_generation");
        readModel(tables, "kpi", "kpi_location", "kpi_appointment", "kpi_working_hours", "daily_utilization",
                "patient_first_visit", "kpi_generation", "kpi_visit", "kpi_case", "kpi_invoice", "kpi_invoice_line",
                "kpi_payment", "kpi_credit_refund", "kpi_revenue_day", "kpi_service_day");
        // The words of the record are in schema clinical; clinical.attachment_content holds the bytes
        // written by the command side, which no event can restore: it is never part of a rebuild.
        tables.put("clinical-case", List.of("read_model.clinical_case", clinical("case_text")));
        tables.put("visit", List.of("read_model.visit", "read_model.visit_outcome_measure", clinical("visit_note"),
                clinical("visit_note_revision"), clinical("visit_addendum"), clinical("attachment")));
        return Collections.unmodifiableMap(tables);
    }

    private static void readModel(Map<String, List<String>> tables, String group, String... names) {
        tables.put(group, java.util.Arrays.stream(names).map(name -> "read_model." + name).toList());
    }

    /** A table of schema {@code clinical}, where the words of the clinical record are kept apart from analysts. */
    private static String clinical(String table) {
        return "clinical." + table;
    }

    static Optional<List<String>> tablesOf(String group) {
        return Optional.ofNullable(TABLES.get(group));
    }
}
