package io.kine.kernel.scheduling;

import java.time.Instant;

/** One occurrence of a series booked as an appointment. */
public record SeriesOccurrence(AppointmentId appointmentId, Instant start, Instant end) {
}
