package io.kine.infra.billing;

import io.kine.command.billing.InvoiceNotFound;
import io.kine.command.billing.ProductNotFound;
import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.billing.AgingReport;
import io.kine.kernel.billing.AppointmentTypeService;
import io.kine.kernel.billing.BillableAppointment;
import io.kine.kernel.billing.BillableVisit;
import io.kine.kernel.billing.DunningStepsView;
import io.kine.kernel.billing.FindAppointmentTypeServices;
import io.kine.kernel.billing.FindBillableAppointments;
import io.kine.kernel.billing.FindBillableVisits;
import io.kine.kernel.billing.FindInvoices;
import io.kine.kernel.billing.FindPaymentsReceived;
import io.kine.kernel.billing.FindProducts;
import io.kine.kernel.billing.GetAgingReport;
import io.kine.kernel.billing.GetBillableAppointment;
import io.kine.kernel.billing.GetBillableVisit;
import io.kine.kernel.billing.GetDunningSteps;
import io.kine.kernel.billing.GetInvoice;
import io.kine.kernel.billing.GetPatientAccount;
import io.kine.kernel.billing.GetProduct;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoicePage;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.PatientAccountView;
import io.kine.kernel.billing.PaymentView;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductView;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.organization.GetOrganization;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationView;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/** The billing questions the web layer asks through the query bus, and read-your-writes. */
@Component
class BillingReads {

    private final ReadModelQueries queries;

    BillingReads(ReadModelQueries queries) {
        this.queries = queries;
    }

    InvoicePage invoices(FindInvoices query) {
        return queries.ask(query, ResponseTypes.instanceOf(InvoicePage.class));
    }

    Optional<InvoiceView> invoice(OrganizationId organization, InvoiceId invoice) {
        return queries.ask(new GetInvoice(organization, invoice), ResponseTypes.optionalInstanceOf(InvoiceView.class));
    }

    InvoiceView existing(OrganizationId organization, InvoiceId invoice) {
        return invoice(organization, invoice).orElseThrow(() -> new InvoiceNotFound(invoice));
    }

    /** The invoice once the read model holds at least {@code version}. */
    InvoiceView awaitInvoice(OrganizationId organization, InvoiceId invoice, long version) {
        return queries.awaitUntil(() -> invoice(organization, invoice),
                view -> view.map(v -> v.summary().version() >= version).orElse(false))
                .orElseThrow(() -> new InvoiceNotFound(invoice));
    }

    List<PaymentView> payments(OrganizationId organization, LocalDate from, LocalDate to) {
        return queries.ask(new FindPaymentsReceived(organization, from, to),
                ResponseTypes.multipleInstancesOf(PaymentView.class));
    }

    List<ProductView> products(OrganizationId organization, boolean includeInactive) {
        return queries.ask(new FindProducts(organization, includeInactive),
                ResponseTypes.multipleInstancesOf(ProductView.class));
    }

    Optional<ProductView> product(OrganizationId organization, ProductId product) {
        return queries.ask(new GetProduct(organization, product), ResponseTypes.optionalInstanceOf(ProductView.class));
    }

    ProductView awaitProduct(OrganizationId organization, ProductId product, long version) {
        return queries.awaitUntil(() -> product(organization, product),
                view -> view.map(v -> v.version() >= version).orElse(false))
                .orElseThrow(() -> new ProductNotFound(product));
    }

    Optional<PatientAccountView> account(OrganizationId organization, PatientId patient) {
        return queries.ask(new GetPatientAccount(organization, patient),
                ResponseTypes.optionalInstanceOf(PatientAccountView.class));
    }

    AgingReport aging(OrganizationId organization, LocalDate asOf) {
        return queries.ask(new GetAgingReport(organization, asOf), ResponseTypes.instanceOf(AgingReport.class));
    }

    DunningStepsView dunningSteps(OrganizationId organization) {
        return queries.ask(new GetDunningSteps(organization), ResponseTypes.instanceOf(DunningStepsView.class));
    }

    DunningStepsView awaitDunningSteps(OrganizationId organization, long version) {
        return queries.awaitUntil(() -> dunningSteps(organization), view -> view.version() >= version);
    }

    List<BillableAppointment> billableAppointments(OrganizationId organization, LocalDate from, LocalDate to) {
        return queries.ask(new FindBillableAppointments(organization, from, to),
                ResponseTypes.multipleInstancesOf(BillableAppointment.class));
    }

    Optional<BillableAppointment> billableAppointment(OrganizationId organization, AppointmentId appointment) {
        return queries.ask(new GetBillableAppointment(organization, appointment),
                ResponseTypes.optionalInstanceOf(BillableAppointment.class));
    }

    Optional<BillableVisit> billableVisit(OrganizationId organization, VisitId visit) {
        return queries.ask(new GetBillableVisit(organization, visit), ResponseTypes.optionalInstanceOf(BillableVisit.class));
    }

    List<BillableVisit> billableVisits(OrganizationId organization, LocalDate from, LocalDate to) {
        return queries.ask(new FindBillableVisits(organization, from, to),
                ResponseTypes.multipleInstancesOf(BillableVisit.class));
    }

    List<AppointmentTypeService> typeServices(OrganizationId organization) {
        return queries.ask(new FindAppointmentTypeServices(organization),
                ResponseTypes.multipleInstancesOf(AppointmentTypeService.class));
    }

    io.kine.kernel.patients.PatientPage patients(OrganizationId organization, String search) {
        return queries.ask(new io.kine.kernel.patients.FindPatients(organization, search, false,
                io.kine.kernel.patients.PatientSort.LAST_NAME, false, 1, 50),
                ResponseTypes.instanceOf(io.kine.kernel.patients.PatientPage.class));
    }

    OrganizationView organization(OrganizationId organization) {
        return queries.ask(new GetOrganization(organization), ResponseTypes.optionalInstanceOf(OrganizationView.class))
                .orElseThrow();
    }
}
