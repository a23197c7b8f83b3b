package io.kine.command.scheduling;

import io.kine.command.FieldViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What makes an appointment's time and texts acceptable. */
final class AppointmentRules {

    static final Duration LONGEST = Duration.ofHours(12);
    static final int NOTES_MAX = 2000;
    static final int REASON_MAX = 500;

    private AppointmentRules() {
    }

    /** A stretch of time, start before end, at most twelve hours; it may cross midnight. */
    static void checkTimes(Instant start, Instant end) {
        if (start == null || end == null) {
            throw new InvalidAppointment(start == null ? "start" : "end", "appointment.required");
        }
        if (!start.isBefore(end)) {
            throw new InvalidAppointment("end", "appointment.endBeforeStart");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidAppointment("end", "appointment.tooLong");
        }
    }

    static void checkRequired(Object... fieldsAndValues) {
        List<FieldViolation> missing = new ArrayList<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) {
                missing.add(new FieldViolation((String) fieldsAndValues[i], "appointment.required"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidAppointment(missing);
        }
    }

    /** Trimmed text, null when blank, refused beyond {@code max} characters. */
    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidAppointment(field, "appointment.tooLongText");
        }
        return trimmed;
    }
}
