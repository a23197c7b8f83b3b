package io.kine.command.organization;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** Two rooms called "Salle 1" in one location would make bookings ambiguous. */
public final class ResourceNameTaken extends Rejection {

    public ResourceNameTaken(String name) {
        super(Kind.CONFLICT, "resource-name-taken", "resource.name.taken", "Resource name taken: " + name);
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(new FieldViolation("name", "resource.name.taken"));
    }
}
