package io.kine.kernel.patients;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/**
 * One page of an organization's patients. {@code search} matches names, phone or e-mail,
 * ignoring accents and case; blank means everyone. Pages count from 1.
 */
@RequiresPermission(Permission.PATIENT_READ)
public record FindPatients(
        OrganizationId organizationId,
        String search,
        boolean includeArchived,
        PatientSort sort,
        boolean descending,
        int page,
        int pageSize) implements OrganizationScoped {

    public static final int MAX_PAGE_SIZE = 100;

    public FindPatients {
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 1 and pageSize within 1.." + MAX_PAGE_SIZE);
        }
        sort = sort == null ? PatientSort.LAST_NAME : sort;
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
