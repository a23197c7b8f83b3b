package io.kine.infra.identity;

import io.kine.infra.security.AccessTokenAuthentication;
import io.kine.infra.security.AccessTokenResolver;
import io.kine.infra.security.KineUser;
import io.kine.infra.security.UserLogins;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal access tokens in {@code identity.access_token}: 256 random bits, shown once and kept
 * only as a SHA-256 hash (a fast hash is enough for random secrets, unlike passwords). A token
 * resolves to its owner's login as it is now, so a withdrawn role or a disabled login takes
 * effect on the token at once.
 */
@Component
class AccessTokens implements AccessTokenResolver {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);
    static final String PREFIX = "kine_";

    private final JdbcClient jdbc;
    private final UserLogins logins;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokens(JdbcClient jdbc, UserLogins logins, Clock clock) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.clock = clock;
    }

    record Token(UUID tokenId, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt) {
    }

    record Created(Token token, String secret) {
    }

    private record Owner(UUID tokenId, String email) {
    }

    Created create(KineUser owner, String name, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID tokenId = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO identity.access_token (token_id, user_id, organization_id, name, token_hash, created_at, expires_at)
                VALUES (:tokenId, :userId, :organizationId, :name, :hash, :now, :expiresAt)
                """)
                .param("tokenId", tokenId).param("userId", owner.userId().value())
                .param("organizationId", owner.organizationId().value()).param("name", name.strip())
                .param("hash", hashOf(secret)).param("now", java.sql.Timestamp.from(now))
                .param("expiresAt", expiresAt == null ? null : java.sql.Timestamp.from(expiresAt))
                .update();
        log.info("Access token {} created by user {}, expires {}", tokenId, owner.userId(),
                expiresAt == null ? "never" : expiresAt);
        return new Created(new Token(tokenId, name.strip(), now, expiresAt, null, null), secret);
    }

    List<Token> of(KineUser owner) {
        return jdbc.sql("""
                SELECT token_id, name, created_at, expires_at, revoked_at, last_used_at FROM identity.access_token
                WHERE user_id = :userId ORDER BY created_at DESC
                """)
                .param("userId", owner.userId().value())
                .query((row, n) -> new Token(row.getObject("token_id", UUID.class), row.getString("name"),
                        instant(row.getTimestamp("created_at")), instant(row.getTimestamp("expires_at")),
                        instant(row.getTimestamp("revoked_at")), instant(row.getTimestamp("last_used_at"))))
                .list();
    }

    /** Revokes one of the owner's own tokens; another person's token is answered as missing. */
    boolean revoke(KineUser owner, UUID tokenId) {
        int found = jdbc.sql("""
                UPDATE identity.access_token SET revoked_at = coalesce(revoked_at, :now)
                WHERE token_id = :tokenId AND user_id = :userId
                """)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("tokenId", tokenId)
                .param("userId", owner.userId().value()).update();
        if (found == 1) {
            log.info("Access token {} revoked by user {}", tokenId, owner.userId());
        }
        return found == 1;
    }

    /** The owner of a valid token: known, not revoked, not expired, and its login enabled. */
    @Override
    public Optional<AccessTokenAuthentication> authenticate(String secret) {
        return jdbc.sql("""
                UPDATE identity.access_token t SET last_used_at = :now
                FROM identity.user_login u
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > :now)
                  AND u.user_id = t.user_id AND u.enabled
                RETURNING t.token_id, u.email
                """)
                .param("hash", hashOf(secret)).param("now", java.sql.Timestamp.from(clock.instant()))
                .query((row, n) -> new Owner(row.getObject("token_id", UUID.class), row.getString("email")))
                .optional()
                .map(found -> new AccessTokenAuthentication(owner(found.email()), found.tokenId()));
    }

    private KineUser owner(String email) {
        KineUser owner = logins.loadUserByUsername(email);
        owner.eraseCredentials();
        return owner;
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }
}
