package io.kine.command.scheduling;

/** What an appointment holds for its whole length, so nobody else can book it meanwhile. */
public enum SlotResource {
    PRACTITIONER, ROOM, EQUIPMENT, PATIENT
}
