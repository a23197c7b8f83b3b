package io.kine.kernel.billing;

import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitStatus;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A clinical visit as it would be billed: who, by whom, when, the appointment it was started
 * from, the service that appointment's type bills (null without one), and the live invoice
 * already billing it, either the visit itself or its appointment ({@code invoiceBills} says which).
 */
public record BillableVisit(
        VisitId visitId,
        CaseId caseId,
        PatientId patientId,
        String patientName,
        UserId practitionerId,
        String practitionerName,
        LocalDate visitedOn,
        VisitStatus status,
        AppointmentId appointmentId,
        ProductId productId,
        String productName,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        InvoiceId invoiceId,
        String invoiceNumber,
        BilledItem.Kind invoiceBills) {

    /** Only a signed visit is billed: its note is the record of the care invoiced. */
    public boolean billable() {
        return status == VisitStatus.SIGNED;
    }
}
