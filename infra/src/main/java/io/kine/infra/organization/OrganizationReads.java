package io.kine.infra.organization;

import io.kine.command.organization.LocationNotFound;
import io.kine.kernel.organization.FindLocations;
import io.kine.kernel.organization.GetOrganization;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organization questions the web layer asks through the query bus, and read-your-writes:
 * the organization row's version counts every event of the aggregate, locations and resources
 * included, so waiting for it covers all three tables.
 */
@Component
class OrganizationReads {

    private static final Duration POLL = Duration.ofMillis(10);

    private final QueryGateway queries;
    private final Duration readYourWritesTimeout;

    OrganizationReads(QueryGateway queries,
            @Value("${kine.read-your-writes.timeout:PT5S}") Duration readYourWritesTimeout) {
        this.queries = queries;
        this.readYourWritesTimeout = readYourWritesTimeout;
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
        return join(queries.query(new GetOrganization(organization), ResponseTypes.optionalInstanceOf(OrganizationView.class)));
    }

    List<LocationView> locations(OrganizationId organization, boolean includeClosed) {
        return join(queries.query(new FindLocations(organization, includeClosed),
                ResponseTypes.multipleInstancesOf(LocationView.class)));
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
        long deadline = System.nanoTime() + readYourWritesTimeout.toNanos();
        while (currentVersion(organization) < version && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long currentVersion(OrganizationId organization) {
        return find(organization).map(OrganizationView::version).orElse(-1L);
    }

    /** Query results arrive as futures; a refusal inside travels as the cause. */
    private static <T> T join(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
