package io.kine.infra.scheduling;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** The time lies outside the practitioner's working hours and the caller may not, or did not say why, override. */
final class OutsideWorkingHours extends Rejection {

    OutsideWorkingHours() {
        super(Kind.INVALID, "outside-working-hours", "appointment.outsideWorkingHours",
                "Outside the practitioner's working hours");
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(new FieldViolation("overrideReason", "appointment.overrideReasonRequired"));
    }
}
