package io.kine.infra.billing;

import io.kine.command.billing.InvoiceNotFound;
import io.kine.infra.audit.EventHistory;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.billing.ChangeInvoiceDraft;
import io.kine.kernel.billing.Discount;
import io.kine.kernel.billing.DiscountKind;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.RemoveInvoiceLine;
import io.kine.kernel.billing.VoidInvoice;
import io.kine.kernel.identity.Permission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The invoice editor: lines while a draft, then issue, payments, credit note and downloads. */
@Controller
@RequestMapping("/billing/invoices/{id}")
class InvoicePageController {

    static final String VIEW = "billing/invoice";
    static final String NOT_FOUND_VIEW = "billing/not-found";

    record LineForm(UUID productId, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate,
            DiscountKind discountKind, BigDecimal discountValue) {
    }

    record DraftForm(String caseReference, String language, String notes) {
    }

    record PaymentForm(String paymentKey, BigDecimal amount, PaymentMethod method, String reference,
            LocalDate receivedOn) {
    }

    private final BillingReads reads;
    private final BillingWrites writes;
    private final EventHistory history;

    InvoicePageController(BillingReads reads, BillingWrites writes, EventHistory history) {
        this.history = history;
        this.reads = reads;
        this.writes = writes;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('billing.view')")
    String show(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        InvoiceView invoice = reads.existing(user.organizationId(), new InvoiceId(id));
        model.addAttribute("invoice", invoice);
        model.addAttribute("canManage", user.can(Permission.BILLING_MANAGE));
        model.addAttribute("products", reads.products(user.organizationId(), false));
        model.addAttribute("discountKinds", DiscountKind.values());
        model.addAttribute("methods", List.of(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.TRANSFER,
                PaymentMethod.CHEQUE));
        model.addAttribute("languages", List.of("fr", "ar", "en"));
        model.addAttribute("paymentKey", UUID.randomUUID());
        model.addAttribute("today", writes.today());
        model.addAttribute("credit", reads.account(user.organizationId(), invoice.summary().patientId())
                .map(account -> account.credit()).orElse(null));
        return VIEW;
    }

    /** The invoice's History tab: drafting, lines, issue, payments and credit, in the audit's rendering. */
    @GetMapping("/history")
    @PreAuthorize("hasAuthority('billing.view')")
    String history(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        InvoiceView invoice = reads.existing(user.organizationId(), new InvoiceId(id));
        model.addAttribute("history", history.of(user.organizationId().value(), id.toString()));
        model.addAttribute("subject", invoice.summary().number());
        model.addAttribute("titleKey", "invoice.history");
        model.addAttribute("backUrl", "/billing/invoices/" + id);
        model.addAttribute("backKey", "invoice.history.back");
        return "audit/record-history";
    }

    @PostMapping("/lines")
    @PreAuthorize("hasAuthority('billing.manage')")
    String addLine(@PathVariable UUID id, LineForm form, @AuthenticationPrincipal KineUser user, RedirectAttributes flash) {
        reads.existing(user.organizationId(), new InvoiceId(id));
        return PageActions.run(flash, "invoice.lineAdded", editor(id), () -> writes.addLine(user, new InvoiceId(id),
                new BillingWrites.LineRequest(form.productId() == null ? null : new ProductId(form.productId()),
                        form.description(), form.productId() == null && form.quantity() == null ? BigDecimal.ONE
                                : form.quantity(), form.unitPrice(), form.taxRate(),
                        form.discountValue() == null ? null : new Discount(form.discountKind() == null
                                ? DiscountKind.PERCENT : form.discountKind(), form.discountValue()))));
    }

    @PostMapping("/lines/{lineId}/remove")
    @PreAuthorize("hasAuthority('billing.manage')")
    String removeLine(@PathVariable UUID id, @PathVariable UUID lineId, @AuthenticationPrincipal KineUser user,
            RedirectAttributes flash) {
        reads.existing(user.organizationId(), new InvoiceId(id));
        return PageActions.run(flash, "invoice.lineRemoved", editor(id), () -> writes.send(user, new InvoiceId(id),
                new RemoveInvoiceLine(new InvoiceId(id), user.organizationId(), lineId)));
    }

    @PostMapping("/draft")
    @PreAuthorize("hasAuthority('billing.manage')")
    String saveDraft(@PathVariable UUID id, DraftForm form, @AuthenticationPrincipal KineUser user,
            RedirectAttributes flash) {
        reads.existing(user.organizationId(), new InvoiceId(id));
        Locale language = form.language() == null ? null : Locale.forLanguageTag(form.language());
        return PageActions.run(flash, "invoice.draftSaved", editor(id), () -> writes.send(user, new InvoiceId(id),
                new ChangeInvoiceDraft(new InvoiceId(id), user.organizationId(), form.caseReference(), language,
                        form.notes())));
    }

    @PostMapping("/issue")
    @PreAuthorize("hasAuthority('billing.manage')")
    String issue(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes flash) {
        reads.existing(user.organizationId(), new InvoiceId(id));
        return PageActions.run(flash, "invoice.issued", editor(id), () -> writes.issue(user, new InvoiceId(id), null));
    }

    @PostMapping("/void")
    @PreAuthorize("hasAuthority('billing.manage')")
    String voidDraft(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes flash) {
        reads.existing(user.organizationId(), new InvoiceId(id));
        return PageActions.run(flash, "invoice.voided", editor(id), () -> writes.send(user, new InvoiceId(id),
                new VoidInvoice(new InvoiceId(id), user.organizationId(), null)));
    }

    @PostMapping("/credit")
    @PreAuthorize("hasAuthority('billing.manage')")
    String credit(@PathVariable UUID id, String reason, @AuthenticationPrincipal KineUser user,
            RedirectAttributes flash) {
        reads.existing(user.organizationId(), new InvoiceId(id));
        return PageActions.run(flash, "invoice.credited", editor(id), () -> writes.credit(user, new InvoiceId(id), reason));
    }

    /** The form carries a key made when the page was shown: a double submit records one payment. */
    @PostMapping("/payments")
    @PreAuthorize("hasAuthority('billing.manage')")
    String pay(@PathVariable UUID id, PaymentForm form, @AuthenticationPrincipal KineUser user, RedirectAttributes flash) {
        reads.existing(user.organizationId(), new InvoiceId(id));
        return PageActions.run(flash, "payment.recorded", editor(id), () -> {
            InvoiceView invoice = reads.existing(user.organizationId(), new InvoiceId(id));
            if (form.amount() == null || form.paymentKey() == null) {
                throw new InvalidRequest("amount", "payment.invalidAmount");
            }
            writes.pay(user, new InvoiceId(id), form.paymentKey(), new Money(form.amount(),
                    invoice.summary().total().currency()), form.method(), form.reference(), form.receivedOn());
        });
    }

    @PostMapping("/credit-application")
    @PreAuthorize("hasAuthority('billing.manage')")
    String applyCredit(@PathVariable UUID id, String paymentKey, @AuthenticationPrincipal KineUser user,
            RedirectAttributes flash) {
        reads.existing(user.organizationId(), new InvoiceId(id));
        return PageActions.run(flash, "balance.creditApplied", editor(id), () -> {
            InvoiceView invoice = reads.existing(user.organizationId(), new InvoiceId(id));
            Money credit = reads.account(user.organizationId(), invoice.summary().patientId())
                    .map(account -> account.credit()).orElseThrow();
            Money amount = credit.min(invoice.summary().balanceDue());
            if (!amount.isPositive()) {
                throw new InvalidRequest("amount", "balance.insufficientCredit");
            }
            writes.applyCredit(user, invoice.summary().patientId(), invoice.summary().invoiceId(), amount, paymentKey);
        });
    }

    @ExceptionHandler(InvoiceNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND_VIEW;
    }

    private static String editor(UUID id) {
        return "/billing/invoices/" + id;
    }
}
