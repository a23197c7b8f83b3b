package io.kine.infra.identity;

import static io.kine.infra.messaging.MessageMetadata.*;

import io.kine.infra.web.RequestIds;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;

/**
 * Commands a person sends about their own login before they have a session (accepting an
 * invitation, resetting a password): the history still says it was them, with no roles.
 */
final class PersonalCommands {

    private PersonalCommands() {
    }

    static CommandMessage<?> asThePerson(Object command, UUID userId, UUID organizationId) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(ACTOR_ID, userId.toString(),
                ACTOR_ROLES, "", ORGANIZATION_ID, organizationId.toString(), REQUEST_ID, RequestIds.current()));
    }
}
