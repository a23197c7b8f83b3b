package io.kine.kernel.patients;

import java.util.List;

public record PatientPage(List<PatientSummary> items, long total, int page, int pageSize) {

    public long totalPages() {
        return total == 0 ? 1 : (total + pageSize - 1) / pageSize;
    }
}
