package io.kine.command.billing;

import io.kine.kernel.organization.OrganizationId;

/**
 * The command-side counters of invoice and credit-note numbers, one per organization, series
 * and year. The aggregate takes a number from its command handler, so the counter moves in
 * the same database transaction as the events: if the append fails, the number is given back
 * with the rollback, and the sequence stays without gaps. Concurrent issues in one
 * organization queue on the counter's row.
 */
public interface DocumentNumbers {

    /** Invoices ({@code 2026-000042}) and credit notes ({@code AV-2026-000003}) count separately. */
    enum Series { INVOICE, CREDIT_NOTE }

    /** The next number of the series in that year, starting at 1. */
    long next(OrganizationId organization, Series series, int year);
}
