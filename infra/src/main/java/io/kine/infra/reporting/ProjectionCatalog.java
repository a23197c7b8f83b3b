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

    /** Event processors that keep no read_model table (they act on events), hence never rebuilt. */
    static final java.util.Set<String> NOT_PROJECTIONS = java.util.Set.of("login-sync");

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
        tables.put("kpi", List.of("kpi_location", "kpi_appointment", "kpi_working_hours", "daily_utilization",
                "patient_first_visit", "kpi_generation"));
        return java.util.Collections.unmodifiableMap(tables);
    }

    static Optional<List<String>> tablesOf(String group) {
        return Optional.ofNullable(TABLES.get(group));
    }
}
