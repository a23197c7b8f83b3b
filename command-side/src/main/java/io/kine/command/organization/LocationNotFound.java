package io.kine.command.organization;

import io.kine.command.Rejection;
import io.kine.kernel.organization.LocationId;

/** No such location in the caller's organization (another clinic's location looks the same). */
public final class LocationNotFound extends Rejection {

    public LocationNotFound(LocationId locationId) {
        super(Kind.NOT_FOUND, "location-not-found", "location.notFound", "No location " + locationId);
    }
}
