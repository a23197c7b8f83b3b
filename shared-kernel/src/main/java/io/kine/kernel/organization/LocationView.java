package io.kine.kernel.organization;

import java.util.List;

public record LocationView(LocationId locationId, LocationDetails details, boolean closed, List<ResourceView> resources) {

    public LocationView {
        resources = List.copyOf(resources);
    }
}
