package io.kine.kernel.billing;

import java.util.UUID;

/**
 * What an invoice bills, when it comes from another part of Kine: an appointment today; a
 * clinical visit (kind {@code VISIT}) plugs in the same way once visits exist. One item is
 * billed by at most one live invoice.
 */
public record BilledItem(Kind kind, UUID id) {

    public enum Kind { APPOINTMENT, VISIT }
}
