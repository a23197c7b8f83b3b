package io.kine.infra.identity;

import io.kine.infra.security.KineUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own personal access tokens: list, create, revoke. A new token's secret is shown
 * in the answer to its creation and nowhere else: it is rendered directly, never put in a flash
 * attribute, because flash attributes travel through the session store.
 */
@Controller
@RequestMapping("/tokens")
class AccessTokenController {

    static final String TOKENS_VIEW = "tokens";

    private final AccessTokens tokens;
    private final Clock clock;
    private final ZoneId clinicZone;

    AccessTokenController(AccessTokens tokens, Clock clock, @Value("${kine.default-time-zone:Europe/Paris}") ZoneId clinicZone) {
        this.tokens = tokens;
        this.clock = clock;
        this.clinicZone = clinicZone;
    }

    @GetMapping
    String list(@AuthenticationPrincipal KineUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("now", Instant.now(clock));
        return TOKENS_VIEW;
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            @AuthenticationPrincipal KineUser user, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("expiresOn", expiresOn);
        if (name.isBlank() || name.strip().length() > 100) {
            model.addAttribute("nameError", "token.name.invalid");
        } else if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock.withZone(clinicZone)))) {
            model.addAttribute("expiresOnError", "token.expiresAt.past");
        } else {
            // valid through the whole chosen day, in the clinic's time zone
            Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(clinicZone).toInstant();
            model.addAttribute("created", tokens.create(user, name.strip(), expiresAt));
            model.addAttribute("name", "");
            model.addAttribute("expiresOn", null);
        }
        return list(user, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        if (tokens.revoke(user, id)) {
            redirect.addFlashAttribute("message", "token.revoked");
        }
        return "redirect:/tokens";
    }
}
