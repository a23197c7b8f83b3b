package io.kine.command.identity;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;

/**
 * Answers the one question that spans accounts: does the organization keep an active owner
 * without this one? Implemented over the login table, which follows the grants, revocations and
 * deactivations in the same transaction as their events; the implementation locks the owners'
 * rows so two owners revoking each other at once cannot both succeed.
 */
public interface OrganizationOwners {

    boolean hasActiveOwnerOtherThan(OrganizationId organization, UserId user);
}
