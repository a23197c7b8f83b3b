package io.kine.infra.scheduling;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** The booking names a patient, practitioner, location, room, equipment or type that is not the clinic's. */
final class UnknownBookingParty extends Rejection {

    private final List<String> fields;

    UnknownBookingParty(List<String> fields) {
        super(Kind.INVALID, "unknown-booking-party", "appointment.unknownParty", "Unknown: " + fields);
        this.fields = List.copyOf(fields);
    }

    @Override
    public List<FieldViolation> violations() {
        return fields.stream().map(field -> new FieldViolation(field, "appointment.unknownParty.field")).toList();
    }
}
