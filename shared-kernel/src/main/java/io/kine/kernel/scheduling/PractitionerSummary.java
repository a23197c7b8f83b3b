package io.kine.kernel.scheduling;

import io.kine.kernel.identity.UserId;

/** A practitioner as the calendar shows them. */
public record PractitionerSummary(UserId userId, String displayName) {
}
