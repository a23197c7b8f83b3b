package io.kine.command.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Who and what an appointment holds for its whole length: the patient, the practitioner, a room and equipment. */
record Parties(PatientId patient, UserId practitioner, ResourceId room, ResourceId equipment) {

    /** The same patient with another practitioner, room or equipment. */
    Parties reassigned(UserId otherPractitioner, ResourceId otherRoom, ResourceId otherEquipment) {
        return new Parties(patient, otherPractitioner, otherRoom, otherEquipment);
    }

    boolean sameStaffAs(UserId otherPractitioner, ResourceId otherRoom, ResourceId otherEquipment) {
        return practitioner.equals(otherPractitioner) && Objects.equals(room, otherRoom)
                && Objects.equals(equipment, otherEquipment);
    }

    /** One slot per party, each from {@code start} to {@code end}. */
    List<Slot> slots(Instant start, Instant end) {
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot(SlotResource.PRACTITIONER, practitioner.value(), start, end));
        slots.add(new Slot(SlotResource.PATIENT, patient.value(), start, end));
        if (room != null) {
            slots.add(new Slot(SlotResource.ROOM, room.value(), start, end));
        }
        if (equipment != null) {
            slots.add(new Slot(SlotResource.EQUIPMENT, equipment.value(), start, end));
        }
        return slots;
    }
}
