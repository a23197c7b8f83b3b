package io.kine.kernel.billing;

import java.util.UUID;

/**
 * What an invoice bills, when it comes from another part of Kine: a completed appointment or a
 * signed clinical visit. A visit and the appointment it was started from count as one item:
 * they are billed by at most one live invoice.
 */
public record BilledItem(Kind kind, UUID id) {

    public enum Kind { APPOINTMENT, VISIT }
}
