package io.kine.infra.messaging;

import static io.kine.infra.messaging.MessageMetadata.ACTOR_ROLES;
import static io.kine.infra.messaging.MessageMetadata.SYSTEM_ROLE;

import io.kine.command.AccessDenied;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.Role;
import java.util.Arrays;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The second check of permissions, where messages are handled: whatever sent a command or
 * query, the actor's roles must grant the permission its type declares. A denied command
 * never reaches its aggregate, so it appends no event.
 */
class PermissionInterceptor<M extends Message<?>> implements MessageHandlerInterceptor<M> {

    @Override
    public Object handle(UnitOfWork<? extends M> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        RequiresPermission required = message.getPayloadType().getAnnotation(RequiresPermission.class);
        if (required != null && !granted(String.valueOf(message.getMetaData().get(ACTOR_ROLES)), required)) {
            throw new AccessDenied(required.value().key());
        }
        return chain.proceed();
    }

    private static boolean granted(String roles, RequiresPermission required) {
        return Arrays.stream(roles.split(","))
                .anyMatch(role -> SYSTEM_ROLE.equals(role) || isRoleGranting(role, required));
    }

    private static boolean isRoleGranting(String role, RequiresPermission required) {
        try {
            return Role.valueOf(role).grants(required.value());
        } catch (IllegalArgumentException unknownRole) {
            return false;
        }
    }
}
