package io.kine.infra.messaging;

import static io.kine.infra.messaging.MessageMetadata.*;

import io.kine.infra.web.RequestIds;
import io.kine.kernel.organization.OrganizationId;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Commands Kine sends on its own behalf (loading the demo clinic, maintenance tasks). They are
 * recorded with the system actor, so the history says plainly that no person made them.
 */
@Component
public class SystemCommands {

    private final CommandGateway commands;

    SystemCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public <R> R send(Object command, OrganizationId organization) {
        Map<String, Object> metadata = Map.of(ACTOR_ID, SYSTEM_ACTOR.toString(), ACTOR_ROLES, SYSTEM_ROLE,
                ORGANIZATION_ID, organization.toString(), REQUEST_ID, RequestIds.current());
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
    }
}
