package io.kine.command.organization;

import io.kine.kernel.organization.LocationDetails;
import io.kine.kernel.organization.ResourceId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What the organization remembers of one location to check the next command: part of its state, not an entity of its own. */
final class Location {

    LocationDetails details;
    boolean closed;
    final Map<ResourceId, String> resourceNames = new HashMap<>();

    Location(LocationDetails details) {
        this.details = details;
    }

    /** By value, so Axon's fixtures can check that replaying the events rebuilds the same state. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Location location && location.details.equals(details) && location.closed == closed
                && location.resourceNames.equals(resourceNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(details, closed, resourceNames);
    }

    /** Names compare without case: "Salle 1" and "salle 1" are the same room to people. */
    boolean hasResourceNamed(String name, ResourceId other) {
        return resourceNames.entrySet().stream().anyMatch(resource -> !resource.getKey().equals(other)
                && resource.getValue().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }
}
