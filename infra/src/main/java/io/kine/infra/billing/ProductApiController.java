package io.kine.infra.billing;

import io.kine.command.billing.ProductNotFound;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.MergePatch;
import io.kine.kernel.billing.ChangeProduct;
import io.kine.kernel.billing.DefineProduct;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.billing.ProductView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.ChooseAppointmentTypeService;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/products}: the catalog. Anyone who sees billing reads it; owners and admins
 * ({@code settings.manage}) change it, and choose the service each appointment type bills.
 */
@RestController
class ProductApiController {

    record ProductJson(UUID id, String code, String name, ProductKind kind, BigDecimal unitPrice, BigDecimal taxRate,
            boolean active, long version) {

        static ProductJson of(ProductView view) {
            return new ProductJson(view.productId().value(), view.code(), view.name(), view.kind(), view.unitPrice(),
                    view.taxRate(), view.active(), view.version());
        }
    }

    record ProductRequest(String code, String name, ProductKind kind, BigDecimal unitPrice, BigDecimal taxRate,
            Boolean active) {
    }

    record ServiceRequest(UUID productId) {
    }

    private final BillingReads reads;
    private final CommandGateway commands;
    private final ObjectMapper json;

    ProductApiController(BillingReads reads, CommandGateway commands, ObjectMapper json) {
        this.reads = reads;
        this.commands = commands;
        this.json = json;
    }

    @GetMapping("/api/products")
    @PreAuthorize("hasAuthority('billing.view')")
    Map<String, List<ProductJson>> list(@RequestParam(defaultValue = "false") boolean includeInactive,
            @AuthenticationPrincipal KineUser user) {
        return Map.of("data", reads.products(user.organizationId(), includeInactive).stream().map(ProductJson::of).toList());
    }

    @GetMapping("/api/products/{id}")
    @PreAuthorize("hasAuthority('billing.view')")
    ProductJson get(@PathVariable UUID id, @AuthenticationPrincipal KineUser user) {
        ProductId product = new ProductId(id);
        return ProductJson.of(reads.product(user.organizationId(), product).orElseThrow(() -> new ProductNotFound(product)));
    }

    @PostMapping("/api/products")
    @PreAuthorize("hasAuthority('settings.manage')")
    ResponseEntity<ProductJson> define(@RequestBody ProductRequest request, @AuthenticationPrincipal KineUser user) {
        ProductId product = ProductId.random();
        commands.sendAndWait(new DefineProduct(product, user.organizationId(), request.code(), request.name(),
                request.kind(), request.unitPrice(), request.taxRate()));
        return ResponseEntity.created(URI.create("/api/products/" + product))
                .body(ProductJson.of(reads.awaitProduct(user.organizationId(), product, 0)));
    }

    @PatchMapping(path = "/api/products/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('settings.manage')")
    ProductJson change(@PathVariable UUID id, @RequestBody JsonNode patch, @AuthenticationPrincipal KineUser user) {
        OrganizationId organization = user.organizationId();
        ProductId product = new ProductId(id);
        ProductView current = reads.product(organization, product).orElseThrow(() -> new ProductNotFound(product));
        ProductRequest merged = MergePatch.apply(json, new ProductRequest(current.code(), current.name(), current.kind(),
                current.unitPrice(), current.taxRate(), current.active()), patch, ProductRequest.class);
        long version = commands.<Long>sendAndWait(new ChangeProduct(product, organization, merged.code(), merged.name(),
                merged.kind(), merged.unitPrice(), merged.taxRate(), merged.active() == null || merged.active()));
        return ProductJson.of(reads.awaitProduct(organization, product, version));
    }

    /** The catalog service appointments of this type are billed with; {@code null} takes it away. */
    @PutMapping("/api/appointment-types/{id}/service")
    @PreAuthorize("hasAuthority('settings.manage')")
    ServiceRequest chooseService(@PathVariable UUID id, @RequestBody ServiceRequest request,
            @AuthenticationPrincipal KineUser user) {
        ProductId product = request.productId() == null ? null : new ProductId(request.productId());
        if (product != null) {
            reads.product(user.organizationId(), product).orElseThrow(() -> new ProductNotFound(product));
        }
        commands.sendAndWait(new ChooseAppointmentTypeService(new AppointmentTypeId(id), user.organizationId(), product));
        return request;
    }
}
