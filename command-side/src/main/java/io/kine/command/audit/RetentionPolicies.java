package io.kine.command.audit;

import io.kine.kernel.organization.OrganizationId;

/** The command-side table of retention policies, written with the policy's events. */
public interface RetentionPolicies {

    void save(OrganizationId organization, int yearsAfterLastActivity, int minorsUntilAge);
}
