package io.kine.infra.billing;

import io.kine.command.billing.InsufficientCredit;
import io.kine.command.patients.PatientNotFound;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.billing.AgingReport;
import io.kine.kernel.billing.BillingSettingsId;
import io.kine.kernel.billing.ChangeDunningSteps;
import io.kine.kernel.billing.CreditMovement;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PatientAccountView;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Patients' accounts and credit, the aging of overdue money, and the dunning steps. */
@RestController
class AccountApiController {

    record Account(UUID patientId, String patientName, String currency, BigDecimal invoiced, BigDecimal paid,
            BigDecimal balanceDue, BigDecimal credit, List<InvoiceJson.Summary> invoices,
            List<InvoiceJson.Payment> payments, List<CreditMovement> creditMovements) {

        static Account of(PatientAccountView v) {
            return new Account(v.patientId().value(), v.patientName(), v.currency(), v.invoiced().amount(),
                    v.paid().amount(), v.balanceDue().amount(), v.credit().amount(),
                    v.invoices().stream().map(InvoiceJson.Summary::of).toList(),
                    v.payments().stream().map(InvoiceJson.Payment::of).toList(), v.creditMovements());
        }
    }

    record CreditApplication(UUID invoiceId, BigDecimal amount) {
    }

    record Refund(BigDecimal amount, PaymentMethod method, String reference) {
    }

    record Steps(List<Integer> stepDays) {
    }

    private final BillingReads reads;
    private final BillingWrites writes;
    private final CommandGateway commands;

    AccountApiController(BillingReads reads, BillingWrites writes, CommandGateway commands) {
        this.reads = reads;
        this.writes = writes;
        this.commands = commands;
    }

    @GetMapping("/api/patients/{id}/account")
    @PreAuthorize("hasAuthority('billing.view')")
    Account account(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        return Account.of(existing(user, new PatientId(id)));
    }

    /** Pays an issued invoice of the patient from their credit (at most what it still owes). */
    @PostMapping("/api/patients/{id}/credit/applications")
    @PreAuthorize("hasAuthority('billing.manage')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Account applyCredit(@PathVariable UUID id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody CreditApplication request, @AuthenticationPrincipal KineUser user) {
        PatientId patient = new PatientId(id);
        PatientAccountView account = existing(user, patient);
        if (request.invoiceId() == null) {
            throw new InvalidRequest("invoiceId", "billing.required");
        }
        InvoiceView invoice = reads.existing(user.organizationId(), new InvoiceId(request.invoiceId()));
        if (!invoice.summary().patientId().equals(patient)) {
            throw new InvalidRequest("invoiceId", "balance.otherPatientsInvoice");
        }
        Money amount = amount(request.amount(), account.currency());
        if (amount.compareTo(invoice.summary().balanceDue()) > 0) {
            throw new InvalidRequest("amount", "balance.moreThanDue");
        }
        try {
            writes.applyCredit(user, patient, invoice.summary().invoiceId(), amount, key(key));
        } catch (AggregateNotFoundException noCreditYet) {
            throw new InsufficientCredit(CreditPolicy.account(patient));
        }
        return Account.of(existing(user, patient));
    }

    @PostMapping("/api/patients/{id}/credit/refunds")
    @PreAuthorize("hasAuthority('billing.manage')")
    Account refund(@PathVariable UUID id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody Refund request, @AuthenticationPrincipal KineUser user) {
        PatientId patient = new PatientId(id);
        PatientAccountView account = existing(user, patient);
        try {
            writes.refundCredit(user, patient, amount(request.amount(), account.currency()), request.method(),
                    request.reference(), key(key));
        } catch (AggregateNotFoundException noCreditYet) {
            throw new InsufficientCredit(CreditPolicy.account(patient));
        }
        return Account.of(existing(user, patient));
    }

    @GetMapping("/api/billing/aging")
    @PreAuthorize("hasAuthority('billing.view')")
    AgingReport aging(@RequestParam(required = false) LocalDate asOf, @AuthenticationPrincipal KineUser user) {
        return reads.aging(user.organizationId(), asOf == null ? writes.today() : asOf);
    }

    @GetMapping("/api/billing/dunning-steps")
    @PreAuthorize("hasAuthority('billing.view')")
    Steps steps(@AuthenticationPrincipal KineUser user) {
        return new Steps(reads.dunningSteps(user.organizationId()).stepDays());
    }

    @PutMapping("/api/billing/dunning-steps")
    @PreAuthorize("hasAuthority('settings.manage')")
    Steps changeSteps(@RequestBody Steps request, @AuthenticationPrincipal KineUser user) {
        long version = commands.<Long>sendAndWait(new ChangeDunningSteps(
                BillingSettingsId.named(user.organizationId().toString()), user.organizationId(), request.stepDays()));
        return new Steps(reads.awaitDunningSteps(user.organizationId(), version).stepDays());
    }

    private PatientAccountView existing(KineUser user, PatientId patient) {
        return reads.account(user.organizationId(), patient).orElseThrow(() -> new PatientNotFound(patient));
    }

    private static Money amount(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidRequest("amount", "payment.invalidAmount");
        }
        return new Money(amount, currency);
    }

    private static String key(String key) {
        return key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    }
}
