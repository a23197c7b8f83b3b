package io.kine.infra.audit;

import io.kine.infra.security.KineUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * History of an appointment for the people who manage the calendar, in the same rendering as
 * the patient's History tab ({@code GET /api/appointments/{id}/history}); 404 for another
 * clinic's or an unknown appointment.
 */
@RestController
class RecordHistoryApiController {

    private final EventHistory history;

    RecordHistoryApiController(EventHistory history) {
        this.history = history;
    }

    @GetMapping("/api/appointments/{id}/history")
    @PreAuthorize("hasAuthority('appointment.manage') or hasAuthority('audit.read')")
    ResponseEntity<Map<String, List<HistoryEntry>>> appointment(@PathVariable UUID id,
            @AuthenticationPrincipal KineUser user) {
        List<HistoryEntry> entries = history.of(user.organizationId().value(), id.toString());
        if (entries.isEmpty() || !"Appointment".equals(entries.get(0).aggregateType())) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(Map.of("data", entries));
    }
}
