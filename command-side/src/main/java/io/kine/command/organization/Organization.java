package io.kine.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationOpened;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationRegistered;
import io.kine.kernel.organization.RegisterOrganization;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A clinic organization and its locations. Settings and resources come with the organization feature. */
@Aggregate
class Organization {

    @AggregateIdentifier
    private OrganizationId organizationId;
    private final Set<LocationId> locations = new HashSet<>();

    Organization() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Organization(RegisterOrganization command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidOrganization("name");
        }
        apply(new OrganizationRegistered(command.organizationId(), command.name().strip(),
                command.currency(), command.defaultLocale()));
    }

    @CommandHandler
    void handle(OpenLocation command) {
        if (command.name() == null || command.name().isBlank() || command.timeZone() == null) {
            throw new InvalidOrganization("location");
        }
        if (!locations.contains(command.locationId())) {
            apply(new LocationOpened(organizationId, command.locationId(), command.name().strip(), command.timeZone()));
        }
    }

    @EventSourcingHandler
    void on(OrganizationRegistered event) {
        organizationId = event.organizationId();
    }

    @EventSourcingHandler
    void on(LocationOpened event) {
        locations.add(event.locationId());
    }
}
