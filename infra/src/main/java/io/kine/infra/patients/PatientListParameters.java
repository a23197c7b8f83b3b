package io.kine.infra.patients;

import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.FindPatients;
import io.kine.kernel.patients.PatientSort;

/**
 * The list parameters shared by the API and the UI ({@code search}, {@code page},
 * {@code pageSize}, {@code sort=lastName,desc}, {@code includeArchived}), checked against
 * their whitelist before they become a query.
 */
record PatientListParameters(String search, Integer page, Integer pageSize, String sort, Boolean includeArchived) {

    static final int DEFAULT_PAGE_SIZE = 20;

    FindPatients toQuery(OrganizationId organization) {
        int pageNumber = page == null ? 1 : page;
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        if (pageNumber < 1) {
            throw new InvalidRequest("page", "validation.page");
        }
        if (size < 1 || size > FindPatients.MAX_PAGE_SIZE) {
            throw new InvalidRequest("pageSize", "validation.pageSize");
        }
        String[] parts = (sort == null || sort.isBlank() ? "lastName" : sort).split(",", -1);
        PatientSort order = PatientSort.fromParameter(parts[0].strip())
                .orElseThrow(() -> new InvalidRequest("sort", "validation.sort"));
        boolean descending = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].strip());
        if (parts.length > 2 || parts.length == 2 && !descending && !"asc".equalsIgnoreCase(parts[1].strip())) {
            throw new InvalidRequest("sort", "validation.sort");
        }
        return new FindPatients(organization, search, Boolean.TRUE.equals(includeArchived), order, descending,
                pageNumber, size);
    }
}
