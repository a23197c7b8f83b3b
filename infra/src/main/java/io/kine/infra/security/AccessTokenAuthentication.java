package io.kine.infra.security;

import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal access token: it acts as the token's owner, with the owner's authorities. */
public final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final KineUser owner;
    private final UUID tokenId;

    public AccessTokenAuthentication(KineUser owner, UUID tokenId) {
        super(owner.getAuthorities());
        this.owner = owner;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    /** Which token was used, for the metadata of the messages the request sends. */
    public UUID tokenId() {
        return tokenId;
    }

    @Override
    public KineUser getPrincipal() {
        return owner;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
