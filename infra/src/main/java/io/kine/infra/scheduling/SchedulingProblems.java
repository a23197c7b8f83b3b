package io.kine.infra.scheduling;

import io.kine.command.scheduling.SeriesConflicts;
import io.kine.command.scheduling.SlotTaken;
import io.kine.infra.web.ApiProblemFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Conflicts of the scheduling API, answered with what is in the way: 409 {@code slot-taken}
 * naming the appointment that holds the slot, and 409 {@code series-conflicts} naming it for
 * each taken occurrence. Ordered first, so these win over the general rejection handler.
 */
@RestControllerAdvice(assignableTypes = {AppointmentApiController.class, SeriesApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SchedulingProblems {

    private final ApiProblemFactory problems;

    SchedulingProblems(ApiProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(SlotTaken.class)
    ResponseEntity<ProblemDetail> slotTaken(SlotTaken taken, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, taken.problemType(), taken.messageKey(), locale);
        problem.setProperty("conflict", conflict(taken));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(SeriesConflicts.class)
    ResponseEntity<ProblemDetail> seriesConflicts(SeriesConflicts conflicts, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, conflicts.problemType(), conflicts.messageKey(),
                locale);
        List<Map<String, Object>> occurrences = conflicts.conflicts().stream().map(taken -> {
            Map<String, Object> occurrence = new LinkedHashMap<>();
            occurrence.put("start", taken.occurrence().start().toString());
            occurrence.put("end", taken.occurrence().end().toString());
            occurrence.put("conflict", conflict(taken.conflict()));
            return occurrence;
        }).toList();
        problem.setProperty("conflicts", occurrences);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static Map<String, Object> conflict(SlotTaken taken) {
        Map<String, Object> conflict = new LinkedHashMap<>();
        conflict.put("appointmentId", taken.conflictingAppointment().value());
        conflict.put("start", taken.start().toString());
        conflict.put("end", taken.end().toString());
        conflict.put("resource", taken.resource().name());
        conflict.put("resourceId", taken.resourceId());
        return conflict;
    }
}
