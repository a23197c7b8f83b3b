package io.kine.command.organization;

import io.kine.command.Rejection;
import io.kine.kernel.organization.LocationId;

/** A closed location is kept for the history only: nobody books or furnishes it any more. */
public final class LocationIsClosed extends Rejection {

    public LocationIsClosed(LocationId locationId) {
        super(Kind.CONFLICT, "location-closed", "location.closed.readOnly", "Location " + locationId + " is closed");
    }
}
