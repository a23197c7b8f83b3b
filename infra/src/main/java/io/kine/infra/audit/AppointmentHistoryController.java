package io.kine.infra.audit;

import io.kine.infra.security.KineUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An appointment's History page, opened from the calendar's appointment dialog: the front desk
 * sees who booked, moved, confirmed or cancelled it, in the same rendering as every History
 * tab. Another clinic's or an unknown appointment is a 404.
 */
@Controller
class AppointmentHistoryController {

    private final EventHistory history;

    AppointmentHistoryController(EventHistory history) {
        this.history = history;
    }

    @GetMapping("/appointments/{id}/history")
    @PreAuthorize("hasAuthority('appointment.manage') or hasAuthority('audit.read')")
    String show(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        List<HistoryEntry> entries = history.of(user.organizationId().value(), id.toString());
        if (entries.isEmpty() || !"Appointment".equals(entries.get(0).aggregateType())) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return AuditController.NOT_FOUND_VIEW;
        }
        model.addAttribute("history", entries);
        model.addAttribute("titleKey", "appointment.history");
        model.addAttribute("backUrl", "/calendar");
        model.addAttribute("backKey", "appointment.history.back");
        return "audit/record-history";
    }
}
