package io.kine.infra.messaging;

import java.util.UUID;

/** The metadata keys every command, query and event carries, and the actor used before anyone logs in. */
public final class MessageMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String ORGANIZATION_ID = "organizationId";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_ADDRESS = "clientAddress";
    /** The personal access token a request used, when it used one instead of a browser session. */
    public static final String TOKEN_ID = "tokenId";

    /** Kine itself, e.g. when it loads the demo clinic. Holds every permission. */
    public static final UUID SYSTEM_ACTOR = new UUID(0, 0);
    public static final String SYSTEM_ROLE = "SYSTEM";

    private MessageMetadata() {
    }
}
