package io.kine.infra.billing;

import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.ChangeProduct;
import io.kine.kernel.billing.DefineProduct;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.billing.ProductView;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.ChooseAppointmentTypeService;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalog page: items with their prices, adding and withdrawing them, and the service each appointment type bills. */
@Controller
class CatalogPageController {

    static final String VIEW = "billing/products";

    record ProductForm(String code, String name, ProductKind kind, BigDecimal unitPrice, BigDecimal taxRate) {
    }

    private final BillingReads reads;
    private final CommandGateway commands;

    CatalogPageController(BillingReads reads, CommandGateway commands) {
        this.reads = reads;
        this.commands = commands;
    }

    @GetMapping("/billing/products")
    @PreAuthorize("hasAuthority('billing.view')")
    String list(@AuthenticationPrincipal KineUser user, Model model) {
        model.addAttribute("products", reads.products(user.organizationId(), true));
        model.addAttribute("kinds", ProductKind.values());
        model.addAttribute("typeServices", reads.typeServices(user.organizationId()));
        model.addAttribute("canManage", user.can(Permission.SETTINGS_MANAGE));
        model.addAttribute("currency", reads.organization(user.organizationId()).currency());
        return VIEW;
    }

    @PostMapping("/billing/products")
    @PreAuthorize("hasAuthority('settings.manage')")
    String add(ProductForm form, @AuthenticationPrincipal KineUser user, RedirectAttributes flash) {
        ProductId product = ProductId.random();
        return PageActions.run(flash, "catalog.added", "/billing/products", () -> {
            commands.sendAndWait(new DefineProduct(product, user.organizationId(), form.code(), form.name(),
                    form.kind(), form.unitPrice(), form.taxRate() == null ? BigDecimal.ZERO : form.taxRate()));
            reads.awaitProduct(user.organizationId(), product, 0);
        });
    }

    @PostMapping("/billing/products/{id}/active")
    @PreAuthorize("hasAuthority('settings.manage')")
    String activate(@PathVariable UUID id, @RequestParam boolean active, @AuthenticationPrincipal KineUser user,
            RedirectAttributes flash) {
        ProductId product = new ProductId(id);
        return PageActions.run(flash, "catalog.changed", "/billing/products", () -> {
            ProductView current = reads.product(user.organizationId(), product)
                    .orElseThrow(() -> new io.kine.command.billing.ProductNotFound(product));
            long version = commands.<Long>sendAndWait(new ChangeProduct(product, user.organizationId(), current.code(),
                    current.name(), current.kind(), current.unitPrice(), current.taxRate(), active));
            reads.awaitProduct(user.organizationId(), product, version);
        });
    }

    @PostMapping("/billing/appointment-types/{id}/service")
    @PreAuthorize("hasAuthority('settings.manage')")
    String chooseService(@PathVariable UUID id, @RequestParam(required = false) UUID productId,
            @AuthenticationPrincipal KineUser user, RedirectAttributes flash) {
        ProductId product = productId == null ? null : new ProductId(productId);
        return PageActions.run(flash, "catalog.serviceChosen", "/billing/products", () -> {
            if (product != null) {
                reads.product(user.organizationId(), product)
                        .orElseThrow(() -> new io.kine.command.billing.ProductNotFound(product));
            }
            commands.sendAndWait(new ChooseAppointmentTypeService(new AppointmentTypeId(id), user.organizationId(),
                    product));
        });
    }
}
