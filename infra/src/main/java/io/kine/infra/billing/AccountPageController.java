package io.kine.infra.billing;

import io.kine.command.patients.PatientNotFound;
import io.kine.infra.web.InvalidRequest;
import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.BillingSettingsId;
import io.kine.kernel.billing.ChangeDunningSteps;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PatientAccountView;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A patient's account page (balance, history, statement, refunds), the aging report and the dunning steps. */
@Controller
class AccountPageController {

    static final String ACCOUNT_VIEW = "billing/account";
    static final String AGING_VIEW = "billing/aging";

    private final BillingReads reads;
    private final BillingWrites writes;
    private final CommandGateway commands;

    AccountPageController(BillingReads reads, BillingWrites writes, CommandGateway commands) {
        this.reads = reads;
        this.writes = writes;
        this.commands = commands;
    }

    @GetMapping("/billing/patients/{id}")
    @PreAuthorize("hasAuthority('billing.view')")
    String account(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        PatientId patient = new PatientId(id);
        PatientAccountView account = reads.account(user.organizationId(), patient)
                .orElseThrow(() -> new PatientNotFound(patient));
        model.addAttribute("account", account);
        model.addAttribute("canManage", user.can(Permission.BILLING_MANAGE));
        model.addAttribute("methods", List.of(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.TRANSFER,
                PaymentMethod.CHEQUE));
        model.addAttribute("refundKey", UUID.randomUUID());
        return ACCOUNT_VIEW;
    }

    @PostMapping("/billing/patients/{id}/refunds")
    @PreAuthorize("hasAuthority('billing.manage')")
    String refund(@PathVariable UUID id, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) PaymentMethod method, @RequestParam(required = false) String reference,
            @RequestParam String refundKey, @AuthenticationPrincipal KineUser user, RedirectAttributes flash) {
        PatientId patient = new PatientId(id);
        return PageActions.run(flash, "balance.refunded", "/billing/patients/" + id, () -> {
            PatientAccountView account = reads.account(user.organizationId(), patient).orElseThrow();
            if (amount == null || amount.signum() <= 0) {
                throw new InvalidRequest("amount", "payment.invalidAmount");
            }
            writes.refundCredit(user, patient, new Money(amount, account.currency()), method, reference, refundKey);
        });
    }

    @GetMapping("/billing/aging")
    @PreAuthorize("hasAuthority('billing.view')")
    String aging(@AuthenticationPrincipal KineUser user, Model model) {
        model.addAttribute("report", reads.aging(user.organizationId(), writes.today()));
        model.addAttribute("steps", reads.dunningSteps(user.organizationId()).stepDays().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")));
        model.addAttribute("canChangeSteps", user.can(Permission.SETTINGS_MANAGE));
        return AGING_VIEW;
    }

    @PostMapping("/billing/dunning-steps")
    @PreAuthorize("hasAuthority('settings.manage')")
    String changeSteps(@RequestParam(defaultValue = "") String steps, @AuthenticationPrincipal KineUser user,
            RedirectAttributes flash) {
        return PageActions.run(flash, "dunning.saved", "/billing/aging", () -> {
            List<Integer> days = new ArrayList<>();
            for (String part : steps.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    try {
                        days.add(Integer.valueOf(part.strip()));
                    } catch (NumberFormatException notANumber) {
                        throw new InvalidRequest("steps", "dunning.invalidSteps");
                    }
                }
            }
            long version = commands.<Long>sendAndWait(new ChangeDunningSteps(
                    BillingSettingsId.named(user.organizationId().toString()), user.organizationId(), days));
            reads.awaitDunningSteps(user.organizationId(), version);
        });
    }

    @ExceptionHandler(PatientNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return InvoicePageController.NOT_FOUND_VIEW;
    }
}
