package io.kine.kernel.reporting;

import java.util.List;
import java.util.UUID;

/** Choices of the dashboard filters, each an id and the name people know it by. */
public record ReportFilters(List<Choice> locations, List<Choice> practitioners) {

    public record Choice(UUID id, String name) {
    }
}
