package io.kine.infra.scheduling;

import io.kine.infra.security.KineUser;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.FindPatientAppointments;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/patients/{id}/appointments}: a patient's appointments, for those who read patient
 * records. With {@code upcoming=true}, those still to come in start order; otherwise all,
 * newest first. Another clinic's patient is answered 404.
 */
@RestController
@PreAuthorize("hasAuthority('patient.read')")
class PatientAppointmentsApiController {

    private final PatientAppointments appointments;

    PatientAppointmentsApiController(PatientAppointments appointments) {
        this.appointments = appointments;
    }

    @GetMapping("/api/patients/{id}/appointments")
    Map<String, List<AppointmentJson.AppointmentResponse>> list(@PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean upcoming, @RequestParam(defaultValue = "50") int limit,
            @AuthenticationPrincipal KineUser user) {
        return Map.of("data", appointments.of(user, new PatientId(id), upcoming, limit).stream()
                .map(AppointmentJson.AppointmentResponse::of).toList());
    }
}
