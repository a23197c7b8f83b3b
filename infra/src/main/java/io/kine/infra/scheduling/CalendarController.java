package io.kine.infra.scheduling;

import io.kine.infra.security.KineUser;
import io.kine.infra.web.StyleNonce;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.Role;
import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.scheduling.PractitionerSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /calendar}: the front desk's day. The page is FullCalendar driven by
 * {@code /js/calendar.js}; everything the script needs (locations with their time zones and
 * rooms, practitioners, types, the CSRF token and every word it shows, from the bundles) is
 * handed over in one JSON attribute, so the script holds no text of its own.
 */
@Controller
@RequestMapping("/calendar")
@PreAuthorize("hasAuthority('appointment.manage')")
class CalendarController {

    static final String VIEW = "calendar/calendar";

    private final SchedulingReads reads;
    private final CalendarChoices choices;
    private final MessageSource messages;
    private final ObjectMapper json;

    CalendarController(SchedulingReads reads, CalendarChoices choices, MessageSource messages, ObjectMapper json) {
        this.reads = reads;
        this.choices = choices;
        this.messages = messages;
        this.json = json;
    }

    record LocationJson(UUID id, String name, String timeZone, List<NamedJson> rooms) {

        static LocationJson of(LocationView location) {
            return new LocationJson(location.locationId().value(), location.details().name(),
                    location.details().timeZone().getId(), location.resources().stream()
                    .filter(resource -> resource.kind() == ResourceKind.ROOM)
                    .map(room -> new NamedJson(room.resourceId().value(), room.name())).toList());
        }
    }

    record NamedJson(UUID id, String name) {
    }

    record TypeJson(UUID id, String name, int durationMinutes, String colour) {
    }

    @GetMapping
    String show(@AuthenticationPrincipal KineUser user, CsrfToken csrf, HttpServletRequest request, Locale locale,
            Model model) {
        List<LocationView> locations = choices.openLocations(user.organizationId());
        List<PractitionerSummary> practitioners = choices.practitioners(user.organizationId());
        boolean isPractitioner = user.roles().contains(Role.PRACTITIONER)
                && practitioners.stream().anyMatch(p -> p.userId().equals(user.userId()));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("language", model.getAttribute("language"));
        config.put("direction", model.getAttribute("textDirection"));
        config.put("csrf", Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
        config.put("userId", user.userId().value());
        config.put("defaultPractitionerId", isPractitioner ? user.userId().value() : null);
        config.put("canOverride", user.can(Permission.APPOINTMENT_OVERRIDE));
        config.put("locations", locations.stream().map(LocationJson::of).toList());
        config.put("practitioners", practitioners.stream()
                .map(p -> new NamedJson(p.userId().value(), p.displayName())).toList());
        config.put("types", reads.types(user.organizationId()).stream()
                .map(t -> new TypeJson(t.appointmentTypeId().value(), t.name(), t.durationMinutes(), t.colour())).toList());
        config.put("messages", CalendarMessages.resolve(messages, locale));
        model.addAttribute("calendarConfig", json.writeValueAsString(config));
        model.addAttribute("locations", locations);
        model.addAttribute("practitioners", practitioners);
        model.addAttribute("defaultPractitionerId", isPractitioner ? user.userId().value() : null);
        model.addAttribute("cspNonce", StyleNonce.of(request));
        return VIEW;
    }
}
