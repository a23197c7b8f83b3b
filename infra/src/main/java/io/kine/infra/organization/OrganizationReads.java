package io.kine.infra.organization;

import io.kine.command.organization.LocationNotFound;
import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.organization.FindLocations;
import io.kine.kernel.organization.GetOrganization;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationView;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/**
 * The organization questions the web layer asks through the query bus, and read-your-writes:
 * the organization row's version counts every event of the aggregate, locations and resources
 * included, so waiting for it covers all three tables.
 */
@Component
class OrganizationReads {

    private final ReadModelQueries queries;

    OrganizationReads(ReadModelQueries queries) {
        this.queries = queries;
    }

    /**
     * The caller's organization. Right after sign-up the projection may not hold it yet: then
     * this waits for it (bounded) instead of failing the owner's first page.
     */
    OrganizationView get(OrganizationId organization) {
        return find(organization).or(() -> {
            awaitVersion(organization, 0);
            return find(organization);
        }).orElseThrow(() -> new IllegalStateException("The caller's organization " + organization
                + " is not in the read model"));
    }

    private Optional<OrganizationView> find(OrganizationId organization) {
        return queries.ask(new GetOrganization(organization), ResponseTypes.optionalInstanceOf(OrganizationView.class));
    }

    List<LocationView> locations(OrganizationId organization, boolean includeClosed) {
        return queries.ask(new FindLocations(organization, includeClosed),
                ResponseTypes.multipleInstancesOf(LocationView.class));
    }

    LocationView location(OrganizationId organization, LocationId location) {
        return locations(organization, true).stream().filter(l -> l.locationId().equals(location)).findFirst()
                .orElseThrow(() -> new LocationNotFound(location));
    }

    /**
     * Waits, bounded, until the read model shows the organization at {@code version}. If the
     * projection lags past the timeout the caller reads what is there: correct, only older.
     */
    void awaitVersion(OrganizationId organization, long version) {
        queries.awaitUntil(() -> find(organization), view -> view.map(v -> v.version() >= version).orElse(false));
    }

}
