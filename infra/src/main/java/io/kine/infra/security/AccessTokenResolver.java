package io.kine.infra.security;

import java.util.Optional;

/** Finds who a bearer token stands for; empty for an unknown, revoked or expired token or a disabled login. */
public interface AccessTokenResolver {

    Optional<AccessTokenAuthentication> authenticate(String token);
}
