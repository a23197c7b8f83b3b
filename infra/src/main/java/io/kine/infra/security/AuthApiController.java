package io.kine.infra.security;

import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.Role;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/auth/me}: who the caller is, for which organization, and what they may do. */
@RestController
class AuthApiController {

    @GetMapping("/api/auth/me")
    Me me(@AuthenticationPrincipal KineUser user) {
        return new Me(user.userId().value(), user.getUsername(), user.displayName(), user.organizationId().value(),
                user.roles().stream().map(Role::name).sorted().toList(),
                Arrays.stream(Permission.values()).filter(user::can).map(Permission::key).toList());
    }

    record Me(UUID userId, String email, String displayName, UUID organizationId, List<String> roles,
            List<String> permissions) {
    }
}
