package io.kine.kernel.scheduling;

/** Where an appointment is in its life: booked, then confirmed, arrived, completed; or cancelled or missed. */
public enum AppointmentStatus {
    BOOKED, CONFIRMED, ARRIVED, COMPLETED, CANCELLED, NO_SHOW;

    /** Cancelled and missed appointments no longer hold their practitioner, room or equipment. */
    public boolean freesItsSlots() {
        return this == CANCELLED || this == NO_SHOW;
    }
}
