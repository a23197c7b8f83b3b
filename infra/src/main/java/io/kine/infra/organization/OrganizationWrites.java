package io.kine.infra.organization;

import io.kine.kernel.organization.AddLocation;
import io.kine.kernel.organization.AddResource;
import io.kine.kernel.organization.ChangeOrganizationSettings;
import io.kine.kernel.organization.CloseLocation;
import io.kine.kernel.organization.LocationDetails;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.RemoveResource;
import io.kine.kernel.organization.RenameResource;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.organization.UpdateLocation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The settings commands the web layer sends as the logged-in person. Each waits until the read
 * model shows the change, so the next page or response reads it.
 */
@Component
class OrganizationWrites {

    private final CommandGateway commands;
    private final OrganizationReads reads;

    OrganizationWrites(CommandGateway commands, OrganizationReads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    void changeSettings(ChangeOrganizationSettings command) {
        send(command.organizationId(), command);
    }

    void addLocation(OrganizationId organization, LocationId location, LocationDetails details) {
        send(organization, new AddLocation(organization, location, details));
    }

    void updateLocation(OrganizationId organization, LocationId location, LocationDetails details) {
        send(organization, new UpdateLocation(organization, location, details));
    }

    void closeLocation(OrganizationId organization, LocationId location) {
        send(organization, new CloseLocation(organization, location));
    }

    void addResource(OrganizationId organization, LocationId location, ResourceId resource, ResourceKind kind,
            String name) {
        send(organization, new AddResource(organization, location, resource, kind, name));
    }

    void renameResource(OrganizationId organization, LocationId location, ResourceId resource, String name) {
        send(organization, new RenameResource(organization, location, resource, name));
    }

    void removeResource(OrganizationId organization, LocationId location, ResourceId resource) {
        send(organization, new RemoveResource(organization, location, resource));
    }

    private void send(OrganizationId organization, Object command) {
        long version = commands.<Long>sendAndWait(command);
        reads.awaitVersion(organization, version);
    }
}
