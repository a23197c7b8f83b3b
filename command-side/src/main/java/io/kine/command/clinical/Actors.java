package io.kine.command.clinical;

import io.kine.kernel.identity.UserId;
import java.util.UUID;

/**
 * The person a command came from, read from the message metadata the dispatch interceptor
 * stamped (never from the command's body), so authors and signers cannot be forged.
 */
final class Actors {

    static final String ACTOR_ID = "actorId";
    static final UserId SYSTEM = new UserId(new UUID(0, 0));

    private Actors() {
    }

    static UserId of(String actorId) {
        return actorId == null ? SYSTEM : new UserId(UUID.fromString(actorId));
    }
}
