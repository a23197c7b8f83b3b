package io.kine.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.organization.AddLocation;
import io.kine.kernel.organization.AddResource;
import io.kine.kernel.organization.ChangeOrganizationSettings;
import io.kine.kernel.organization.CloseLocation;
import io.kine.kernel.organization.LegalIdentifiers;
import io.kine.kernel.organization.LocationClosed;
import io.kine.kernel.organization.LocationDetails;
import io.kine.kernel.organization.LocationDetailsChanged;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationOpened;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationRegistered;
import io.kine.kernel.organization.OrganizationSettingsChanged;
import io.kine.kernel.organization.RegisterOrganization;
import io.kine.kernel.organization.RemoveResource;
import io.kine.kernel.organization.RenameResource;
import io.kine.kernel.organization.ResourceAdded;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceRemoved;
import io.kine.kernel.organization.ResourceRenamed;
import io.kine.kernel.organization.UpdateLocation;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A clinic organization: its settings, its locations and their rooms and equipment. Every
 * handler returns the aggregate's version after the command, so the caller can wait until the
 * read model shows its change. Commands that would change nothing record nothing.
 */
@Aggregate
class Organization {

    @AggregateIdentifier
    private OrganizationId organizationId;
    private OrganizationSettingsChanged settings;
    private final Map<LocationId, Location> locations = new HashMap<>();

    Organization() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Organization(RegisterOrganization command) {
        OrganizationSettingsChanged checked = SettingsRules.checked(command.organizationId(), command.name(),
                LegalIdentifiers.NONE, command.currency(), command.defaultLocale());
        apply(new OrganizationRegistered(command.organizationId(), checked.name(), checked.currency(),
                checked.defaultLocale()));
    }

    @CommandHandler
    long handle(ChangeOrganizationSettings command) {
        OrganizationSettingsChanged checked = SettingsRules.checked(organizationId, command.name(),
                command.legalIdentifiers(), command.currency(), command.defaultLocale());
        if (!checked.equals(settings)) {
            apply(checked);
        }
        return AggregateLifecycle.getVersion();
    }

    /** Kept for the first location of a new organization, which has only a name and a time zone. */
    @CommandHandler
    long handle(OpenLocation command) {
        return open(command.locationId(), new LocationDetails(command.name(), null, null, null, null, null,
                command.timeZone()));
    }

    @CommandHandler
    long handle(AddLocation command) {
        return open(command.locationId(), command.details());
    }

    @CommandHandler
    long handle(UpdateLocation command) {
        Location location = openLocation(command.locationId());
        LocationDetails checked = LocationRules.checked(command.details());
        if (!checked.equals(location.details)) {
            apply(new LocationDetailsChanged(organizationId, command.locationId(), checked));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CloseLocation command) {
        if (!existing(command.locationId()).closed) {
            apply(new LocationClosed(organizationId, command.locationId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddResource command) {
        Location location = openLocation(command.locationId());
        String name = LocationRules.checkedNewResource(command.name(), command.kind());
        if (location.resourceNames.containsKey(command.resourceId())) {
            return AggregateLifecycle.getVersion();
        }
        if (location.hasResourceNamed(name, command.resourceId())) {
            throw new ResourceNameTaken(name);
        }
        apply(new ResourceAdded(organizationId, command.locationId(), command.resourceId(), command.kind(), name));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RenameResource command) {
        Location location = openLocation(command.locationId());
        String current = existingResource(location, command.resourceId());
        String name = LocationRules.checkedResourceName(command.name());
        if (location.hasResourceNamed(name, command.resourceId())) {
            throw new ResourceNameTaken(name);
        }
        if (!name.equals(current)) {
            apply(new ResourceRenamed(organizationId, command.locationId(), command.resourceId(), name));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemoveResource command) {
        Location location = openLocation(command.locationId());
        if (location.resourceNames.containsKey(command.resourceId())) {
            apply(new ResourceRemoved(organizationId, command.locationId(), command.resourceId()));
        }
        return AggregateLifecycle.getVersion();
    }

    private long open(LocationId locationId, LocationDetails details) {
        LocationDetails checked = LocationRules.checked(details);
        if (locations.containsKey(locationId)) {
            return AggregateLifecycle.getVersion();
        }
        apply(new LocationOpened(organizationId, locationId, checked.name(), checked.timeZone()));
        if (!checked.equals(locations.get(locationId).details)) {
            apply(new LocationDetailsChanged(organizationId, locationId, checked));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Commands name locations of the caller's own organization, so an unknown one is simply not found. */
    private Location existing(LocationId locationId) {
        Location location = locations.get(locationId);
        if (location == null) {
            throw new LocationNotFound(locationId);
        }
        return location;
    }

    private Location openLocation(LocationId locationId) {
        Location location = existing(locationId);
        if (location.closed) {
            throw new LocationIsClosed(locationId);
        }
        return location;
    }

    private static String existingResource(Location location, ResourceId resourceId) {
        String name = location.resourceNames.get(resourceId);
        if (name == null) {
            throw new ResourceNotFound(resourceId);
        }
        return name;
    }

    @EventSourcingHandler
    void on(OrganizationRegistered event) {
        organizationId = event.organizationId();
        settings = new OrganizationSettingsChanged(event.organizationId(), event.name(), LegalIdentifiers.NONE,
                event.currency(), event.defaultLocale());
    }

    @EventSourcingHandler
    void on(OrganizationSettingsChanged event) {
        settings = event;
    }

    @EventSourcingHandler
    void on(LocationOpened event) {
        locations.put(event.locationId(), new Location(new LocationDetails(event.name(), null, null, null, null, null,
                event.timeZone())));
    }

    @EventSourcingHandler
    void on(LocationDetailsChanged event) {
        locations.get(event.locationId()).details = event.details();
    }

    @EventSourcingHandler
    void on(LocationClosed event) {
        locations.get(event.locationId()).closed = true;
    }

    @EventSourcingHandler
    void on(ResourceAdded event) {
        locations.get(event.locationId()).resourceNames.put(event.resourceId(), event.name());
    }

    @EventSourcingHandler
    void on(ResourceRenamed event) {
        locations.get(event.locationId()).resourceNames.put(event.resourceId(), event.name());
    }

    @EventSourcingHandler
    void on(ResourceRemoved event) {
        locations.get(event.locationId()).resourceNames.remove(event.resourceId());
    }
}
