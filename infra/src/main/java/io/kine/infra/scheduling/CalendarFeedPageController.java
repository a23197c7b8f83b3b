package io.kine.infra.scheduling;

import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.scheduling.PractitionerSummary;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /calendar/feed}: issue, replace or revoke a practitioner's secret iCalendar link. A
 * practitioner manages their own; managers and people who manage staff manage anyone's. The
 * link is shown once, right after it is issued.
 */
@Controller
@RequestMapping("/calendar/feed")
@PreAuthorize("hasAuthority('appointment.manage')")
class CalendarFeedPageController {

    static final String VIEW = "calendar/feed";

    private final CalendarFeeds feeds;
    private final CalendarChoices choices;
    private final String baseUrl;

    CalendarFeedPageController(CalendarFeeds feeds, CalendarChoices choices, @Value("${kine.base-url:}") String baseUrl) {
        this.feeds = feeds;
        this.choices = choices;
        this.baseUrl = baseUrl;
    }

    @GetMapping
    String show(@RequestParam(required = false) UUID practitionerId, @AuthenticationPrincipal KineUser user,
            Model model) {
        List<PractitionerSummary> manageable = manageable(user);
        PractitionerSummary chosen = chosen(manageable, practitionerId, user);
        if (practitionerId != null && chosen == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("practitioners", manageable);
        model.addAttribute("chosen", chosen);
        model.addAttribute("feed", chosen == null ? null : feeds.live(user, chosen.userId()).orElse(null));
        return VIEW;
    }

    @PostMapping
    String change(@RequestParam UUID practitionerId, @RequestParam String action, @AuthenticationPrincipal KineUser user,
            Locale locale, RedirectAttributes redirect) {
        PractitionerSummary chosen = chosen(manageable(user), practitionerId, user);
        if (chosen == null || !chosen.userId().value().equals(practitionerId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if ("revoke".equals(action)) {
            feeds.revoke(user, chosen.userId());
            redirect.addFlashAttribute("message", "feed.revoked");
        } else {
            String secret = feeds.issue(user, chosen.userId(), language(locale));
            redirect.addFlashAttribute("feedUrl", link("/calendar/feed/" + secret + ".ics"));
            redirect.addFlashAttribute("message", "feed.issued");
        }
        redirect.addAttribute("practitionerId", practitionerId);
        return "redirect:/calendar/feed";
    }

    /** Oneself when a practitioner; every practitioner for managers and people managing staff. */
    private List<PractitionerSummary> manageable(KineUser user) {
        List<PractitionerSummary> practitioners = choices.practitioners(user.organizationId());
        if (user.can(Permission.STAFF_MANAGE) || user.roles().contains(Role.MANAGER)) {
            return practitioners;
        }
        return practitioners.stream().filter(p -> p.userId().equals(user.userId())).toList();
    }

    private static PractitionerSummary chosen(List<PractitionerSummary> manageable, UUID wanted, KineUser user) {
        UserId preferred = wanted != null ? new UserId(wanted) : user.userId();
        return manageable.stream().filter(p -> p.userId().equals(preferred)).findFirst()
                .orElse(wanted == null && !manageable.isEmpty() ? manageable.get(0) : null);
    }

    private static String language(Locale locale) {
        return List.of("fr", "ar", "en").contains(locale.getLanguage()) ? locale.getLanguage() : "fr";
    }

    private String link(String path) {
        if (!baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "") + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
