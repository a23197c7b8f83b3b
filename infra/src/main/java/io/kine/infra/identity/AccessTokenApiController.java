package io.kine.infra.identity;

import io.kine.infra.security.AccessTokenAuthentication;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/tokens}: the caller's own personal access tokens. The secret is in the answer to
 * the creation only. Tokens are managed from a logged-in session: a token cannot mint or revoke
 * tokens, so a leaked one cannot outlive its own revocation.
 */
@RestController
@RequestMapping("/api/tokens")
class AccessTokenApiController {

    private final AccessTokens tokens;

    AccessTokenApiController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<AccessTokens.Token> list(@AuthenticationPrincipal KineUser user) {
        return tokens.of(user);
    }

    @PostMapping
    ResponseEntity<CreatedToken> create(@RequestBody TokenRequest request, @AuthenticationPrincipal KineUser user,
            Authentication authentication) {
        requireSession(authentication);
        request.validate();
        AccessTokens.Created created = tokens.create(user, request.name(), request.expiresAt());
        return ResponseEntity.created(URI.create("/api/tokens/" + created.token().tokenId()))
                .body(new CreatedToken(created.token(), created.secret()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @AuthenticationPrincipal KineUser user,
            Authentication authentication) {
        requireSession(authentication);
        return tokens.revoke(user, id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    private static void requireSession(Authentication authentication) {
        if (authentication instanceof AccessTokenAuthentication) {
            throw new AccessDeniedException("Tokens are managed from a logged-in session");
        }
    }

    record TokenRequest(String name, Instant expiresAt) {

        void validate() {
            if (name == null || name.isBlank() || name.strip().length() > 100) {
                throw new InvalidRequest("name", "token.name.invalid");
            }
            if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
                throw new InvalidRequest("expiresAt", "token.expiresAt.past");
            }
        }
    }

    /** The only answer that holds the secret: the client must keep it now. */
    record CreatedToken(AccessTokens.Token token, String secret) {
    }
}
