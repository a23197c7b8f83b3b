package io.kine.command.organization;

import io.kine.command.Rejection;
import io.kine.kernel.organization.ResourceId;

public final class ResourceNotFound extends Rejection {

    public ResourceNotFound(ResourceId resourceId) {
        super(Kind.NOT_FOUND, "resource-not-found", "resource.notFound", "No resource " + resourceId);
    }
}
