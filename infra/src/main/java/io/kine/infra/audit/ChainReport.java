package io.kine.infra.audit;

import java.util.UUID;

/**
 * What a walk of an organization's hash chain found: either intact up to link
 * {@code verifiedLinks} (event {@code lastGlobalIndex}) with head hash {@code headHash}, or
 * the first broken link. {@code pendingEvents} are newer than the chain's head (not yet
 * sealed by the processor), so not a breach.
 */
public record ChainReport(
        UUID organizationId,
        boolean intact,
        long verifiedLinks,
        long lastGlobalIndex,
        String headHash,
        long pendingEvents,
        Breach breach) {

    /** How a chain can break. */
    public enum Problem {
        /** The event a link seals was changed: its canonical bytes no longer give the link's hash. */
        EVENT_ALTERED,
        /** The event a link seals is gone from the event table. */
        EVENT_MISSING,
        /** Link numbers jump: a link was removed from the chain table. */
        LINK_MISSING,
        /** An event of the organization, older than the head, that no link seals (slipped in behind the trigger). */
        EVENT_NOT_CHAINED
    }

    /** The first broken place: the link number (0 when none) and the event it concerns. */
    public record Breach(Problem problem, long linkNumber, long globalIndex, String eventIdentifier) {
    }
}
