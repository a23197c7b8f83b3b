package io.kine.kernel.scheduling;

public record AppointmentTypeView(AppointmentTypeId appointmentTypeId, String name, int durationMinutes, String colour,
        long version) {
}
