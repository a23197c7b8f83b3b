package io.kine.query.reporting;

import io.kine.kernel.billing.InvoiceCredited;
import io.kine.kernel.billing.InvoiceDrafted;
import io.kine.kernel.billing.InvoiceIssued;
import io.kine.kernel.billing.InvoiceLineAdded;
import io.kine.kernel.billing.InvoiceLineRemoved;
import io.kine.kernel.billing.InvoiceVoided;
import io.kine.kernel.billing.PatientCreditRefunded;
import io.kine.kernel.billing.PaymentRecorded;
import io.kine.kernel.clinical.CaseClosed;
import io.kine.kernel.clinical.CaseOpened;
import io.kine.kernel.clinical.CaseReassigned;
import io.kine.kernel.clinical.CaseReopened;
import io.kine.kernel.clinical.VisitStarted;
import io.kine.kernel.organization.LocationDetailsChanged;
import io.kine.kernel.organization.LocationOpened;
import io.kine.kernel.scheduling.AppointmentArrived;
import io.kine.kernel.scheduling.AppointmentCancelled;
import io.kine.kernel.scheduling.AppointmentCompleted;
import io.kine.kernel.scheduling.AppointmentConfirmed;
import io.kine.kernel.scheduling.AppointmentMarkedNoShow;
import io.kine.kernel.scheduling.AppointmentReassigned;
import io.kine.kernel.scheduling.AppointmentRescheduled;
import io.kine.kernel.scheduling.AppointmentScheduled;
import io.kine.kernel.scheduling.AppointmentWorkingHoursSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The KPI tables (processing group {@code kpi}): appointment facts, working-hours history,
 * daily utilization, visits, episodes of care and first visits, and the billing the revenue figures
 * count with its daily rollups (see {@link KpiRevenue}). Facts are guarded by the event's sequence number; the
 * derived rows are recomputed from the facts, so replays change nothing. Events of one
 * organization are handled in order by one thread (see {@code ReportingConfiguration}), so two
 * recomputations of one cell never race.
 */
@Component
@ProcessingGroup(KpiProjection.GROUP)
class KpiProjection {

    static final String GROUP = "kpi";

    private final JdbcClient jdbc;
    private final KpiCells cells;
    private final KpiFacts facts;
    private final KpiVisits visits;
    private final KpiRevenue revenue;

    KpiProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.cells = new KpiCells(jdbc);
        this.facts = new KpiFacts(jdbc);
        this.visits = new KpiVisits(jdbc);
        this.revenue = new KpiRevenue(jdbc);
    }

    @EventHandler
    void on(LocationOpened event, @SequenceNumber long version) {
        facts.locationZone(event.organizationId().value(), event.locationId().value(), event.timeZone(), version);
    }

    @EventHandler
    void on(LocationDetailsChanged event, @SequenceNumber long version) {
        facts.locationZone(event.organizationId().value(), event.locationId().value(), event.details().timeZone(),
                version);
    }

    @EventHandler
    void on(AppointmentWorkingHoursSet event, @SequenceNumber long version, @Timestamp Instant occurredAt) {
        UUID practitioner = event.practitionerId().value();
        UUID location = event.locationId().value();
        if (facts.workingHours(event, occurredAt.atZone(facts.zone(location)).toLocalDate(), version)) {
            cells.refreshAvailability(practitioner, location);
            cells.bumpGeneration(event.organizationId().value());
        }
    }

    @EventHandler
    void on(AppointmentScheduled event, @SequenceNumber long version) {
        if (facts.scheduled(event, version)) {
            changed(event.appointmentId().value(), null);
        }
    }

    @EventHandler
    void on(AppointmentConfirmed event, @SequenceNumber long version) {
        status(event.appointmentId().value(), "CONFIRMED", false, version);
    }

    @EventHandler
    void on(AppointmentArrived event, @SequenceNumber long version) {
        status(event.appointmentId().value(), "ARRIVED", false, version);
    }

    @EventHandler
    void on(AppointmentCompleted event, @SequenceNumber long version) {
        status(event.appointmentId().value(), "COMPLETED", false, version);
    }

    @EventHandler
    void on(AppointmentMarkedNoShow event, @SequenceNumber long version) {
        status(event.appointmentId().value(), "NO_SHOW", false, version);
    }

    @EventHandler
    void on(AppointmentCancelled event, @SequenceNumber long version) {
        status(event.appointmentId().value(), "CANCELLED", event.lateCancellation(), version);
    }

    @EventHandler
    void on(AppointmentRescheduled event, @SequenceNumber long version) {
        Optional<KpiFacts.Fact> before = facts.find(event.appointmentId().value());
        if (before.isPresent() && facts.rescheduled(before.get(), event.start(), event.end(), version)) {
            changed(event.appointmentId().value(), before.get());
        }
    }

    @EventHandler
    void on(AppointmentReassigned event, @SequenceNumber long version) {
        Optional<KpiFacts.Fact> before = facts.find(event.appointmentId().value());
        if (before.isPresent() && facts.reassigned(before.get(), event.practitionerId().value(), version)) {
            changed(event.appointmentId().value(), before.get());
            recompute(before.get().organizationId(),
                    revenue.reattributed("APPOINTMENT", event.appointmentId().value()));
        }
    }

    @EventHandler
    void on(InvoiceDrafted event, @SequenceNumber long version) {
        revenue.drafted(event.invoiceId().value(), event.organizationId().value(), event.billedItem(), version);
        cells.bumpGeneration(event.organizationId().value());
    }

    @EventHandler
    void on(InvoiceLineAdded event, @SequenceNumber long version) {
        revenue.lineAdded(event.invoiceId().value(), event.lineId(),
                event.productId() == null ? null : event.productId().value(), event.quantity(),
                event.amounts().total().amount(), version);
        cells.bumpGeneration(event.organizationId().value());
    }

    @EventHandler
    void on(InvoiceLineRemoved event, @SequenceNumber long version) {
        revenue.lineRemoved(event.invoiceId().value(), event.lineId(), version);
        cells.bumpGeneration(event.organizationId().value());
    }

    @EventHandler
    void on(InvoiceIssued event, @SequenceNumber long version) {
        recompute(event.organizationId().value(), revenue.issued(event.invoiceId().value(), event.issuedOn(),
                event.dueOn(), event.totals().total().amount(), version));
    }

    @EventHandler
    void on(InvoiceVoided event, @SequenceNumber long version) {
        recompute(event.organizationId().value(), revenue.voided(event.invoiceId().value(), version));
    }

    @EventHandler
    void on(InvoiceCredited event, @SequenceNumber long version) {
        recompute(event.organizationId().value(),
                revenue.credited(event.invoiceId().value(), event.issuedOn(), version));
    }

    @EventHandler
    void on(PaymentRecorded event, @SequenceNumber long version) {
        recompute(event.organizationId().value(), revenue.paid(event.invoiceId().value(), event.paymentId().value(),
                event.organizationId().value(), event.receivedOn(), event.amount().amount(),
                event.applied().amount(), event.balanceDue().amount(), version));
    }

    /** Counted on the UTC day it was recorded, as billing's credit movements are dated. */
    @EventHandler
    void on(PatientCreditRefunded event, @Timestamp Instant occurredAt) {
        recompute(event.organizationId().value(), revenue.refunded(event.refundId().value(),
                event.organizationId().value(), occurredAt.atOffset(ZoneOffset.UTC).toLocalDate(),
                event.amount().amount()));
    }

    @EventHandler
    void on(VisitStarted event) {
        if (visits.visitStarted(event)) {
            visits.recountCase(event.caseId().value());
            visits.recomputeFirstVisit(event.patientId().value());
            cells.bumpGeneration(event.organizationId().value());
        }
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber long version, @Timestamp Instant occurredAt) {
        UUID caseId = event.caseId().value();
        UUID organizationId = event.organizationId().value();
        visits.caseOpened(caseId, organizationId, event.patientId().value(), event.practitionerId().value(),
                occurredAt.atZone(utcWhenUnknown(visits.caseZone(caseId, organizationId))).toLocalDate(), version);
        cells.bumpGeneration(organizationId);
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long version, @Timestamp Instant occurredAt) {
        UUID caseId = event.caseId().value();
        UUID organizationId = event.organizationId().value();
        LocalDate closedOn = occurredAt.atZone(utcWhenUnknown(visits.caseZone(caseId, organizationId))).toLocalDate();
        if (visits.closedOn(caseId, closedOn, version)) {
            cells.bumpGeneration(organizationId);
        }
    }

    @EventHandler
    void on(CaseReopened event, @SequenceNumber long version) {
        if (visits.closedOn(event.caseId().value(), null, version)) {
            cells.bumpGeneration(event.organizationId().value());
        }
    }

    @EventHandler
    void on(CaseReassigned event, @SequenceNumber long version) {
        if (visits.reassigned(event.caseId().value(), event.practitionerId().value(), version)) {
            cells.bumpGeneration(event.organizationId().value());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE read_model.kpi_location, read_model.kpi_appointment, read_model.kpi_working_hours,
                    read_model.daily_utilization, read_model.patient_first_visit, read_model.kpi_generation,
                    read_model.kpi_visit, read_model.kpi_case, read_model.kpi_invoice, read_model.kpi_invoice_line,
                    read_model.kpi_payment, read_model.kpi_credit_refund, read_model.kpi_revenue_day,
                    read_model.kpi_service_day
                """).update();
    }

    /** Recomputes the revenue cells an event touched; the organization's cached figures are stale either way. */
    private void recompute(UUID organizationId, Set<KpiRevenue.Cell> touched) {
        touched.forEach(revenue::recompute);
        cells.bumpGeneration(organizationId);
    }

    private boolean status(UUID appointmentId, String status, boolean late, long version) {
        boolean applied = facts.status(appointmentId, status, late, version);
        if (applied) {
            changed(appointmentId, null);
        }
        return applied;
    }

    /** Recomputes the appointment's cell, the one it left when it moved, and its visit. */
    private void changed(UUID appointmentId, KpiFacts.Fact before) {
        facts.find(appointmentId).ifPresent(now -> {
            cells.recompute(now.organizationId(), now.practitionerId(), now.locationId(), now.day());
            if (before != null && !before.sameCell(now)) {
                cells.recompute(before.organizationId(), before.practitionerId(), before.locationId(), before.day());
            }
            if (visits.appointmentChanged(appointmentId)) {
                visits.recomputeFirstVisit(now.patientId());
                visits.caseOfAppointment(appointmentId).ifPresent(visits::recountCase);
            }
            cells.bumpGeneration(now.organizationId());
        });
    }

    static ZoneId utcWhenUnknown(String zone) {
        return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
    }
}
