package io.kine.infra.messaging;

import static io.kine.infra.messaging.MessageMetadata.*;

import io.kine.command.AccessDenied;
import io.kine.infra.security.AccessTokenAuthentication;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.RequestIds;
import io.kine.kernel.OrganizationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command and query with who sends it, for which organization, and in which
 * request. The correlation data providers copy this onto each event the message causes.
 * A message with no actor and no organization is refused here, before any handler runs.
 */
class ActorMetadataInterceptor<M extends Message<?>> implements MessageDispatchInterceptor<M> {

    @Override
    @SuppressWarnings("unchecked")
    public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
        return (index, message) -> {
            Map<String, Object> added = new HashMap<>();
            if (!message.getMetaData().containsKey(ACTOR_ID)) {
                KineUser user = currentUser();
                if (user == null) {
                    throw new MissingActor(message.getPayloadType().getSimpleName());
                }
                added.put(ACTOR_ID, user.userId().toString());
                added.put(ACTOR_ROLES, user.roleNames());
                added.put(ORGANIZATION_ID, user.organizationId().toString());
                if (SecurityContextHolder.getContext().getAuthentication() instanceof AccessTokenAuthentication token) {
                    added.put(TOKEN_ID, token.tokenId().toString());
                }
            }
            if (!message.getMetaData().containsKey(REQUEST_ID)) {
                added.put(REQUEST_ID, RequestIds.current());
            }
            String clientAddress = clientAddress();
            if (clientAddress != null && !message.getMetaData().containsKey(CLIENT_ADDRESS)) {
                added.put(CLIENT_ADDRESS, clientAddress);
            }
            M stamped = (M) message.andMetaData(added);
            requireOwnOrganization(stamped);
            return stamped;
        };
    }

    /** A message about one organization may only be sent by someone acting for that organization. */
    private static void requireOwnOrganization(Message<?> message) {
        Object organization = message.getMetaData().get(ORGANIZATION_ID);
        if (organization == null) {
            throw new MissingActor(message.getPayloadType().getSimpleName());
        }
        if (message.getPayload() instanceof OrganizationScoped scoped
                && !SYSTEM_ROLE.equals(message.getMetaData().get(ACTOR_ROLES))
                && !scoped.organizationId().toString().equals(organization)) {
            throw new AccessDenied("organization");
        }
    }

    private static KineUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof KineUser user ? user : null;
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
