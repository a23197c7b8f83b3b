package io.kine.infra.scheduling;

import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret links of practitioners' iCalendar feeds in {@code identity.calendar_feed}: 256
 * random bits in the URL, a SHA-256 hash in the database (a fast hash suits a long random
 * secret). One live link per practitioner; issuing another revokes the old one.
 */
@Component
class CalendarFeeds {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeeds.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Feed(UUID feedId, Instant createdAt, Instant lastUsedAt) {
    }

    /** Whose feed a secret opens: the practitioner's login e-mail, organization and the feed's language. */
    record Owner(UUID practitionerId, UUID organizationId, String email, String language) {
    }

    /** Issues a new link for {@code practitioner}, revoking the live one; returns the secret, shown once. */
    @Transactional
    String issue(KineUser actor, UserId practitioner, String language) {
        revoke(actor, practitioner);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID feedId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO identity.calendar_feed (feed_id, practitioner_id, organization_id, token_hash, language,
                    created_at, created_by)
                VALUES (:feedId, :practitioner, :organization, :hash, :language, :now, :actor)
                """)
                .param("feedId", feedId).param("practitioner", practitioner.value())
                .param("organization", actor.organizationId().value()).param("hash", hashOf(secret))
                .param("language", language).param("now", Timestamp.from(clock.instant()))
                .param("actor", actor.userId().value())
                .update();
        log.info("Calendar feed {} issued for practitioner {} by user {}", feedId, practitioner, actor.userId());
        return secret;
    }

    /** Revokes the practitioner's live link, if any. */
    boolean revoke(KineUser actor, UserId practitioner) {
        int revoked = jdbc.sql("""
                UPDATE identity.calendar_feed SET revoked_at = :now, revoked_by = :actor
                WHERE practitioner_id = :practitioner AND organization_id = :organization AND revoked_at IS NULL
                """)
                .param("now", Timestamp.from(clock.instant())).param("actor", actor.userId().value())
                .param("practitioner", practitioner.value()).param("organization", actor.organizationId().value())
                .update();
        if (revoked > 0) {
            log.info("Calendar feed of practitioner {} revoked by user {}", practitioner, actor.userId());
        }
        return revoked > 0;
    }

    Optional<Feed> live(KineUser actor, UserId practitioner) {
        return jdbc.sql("""
                SELECT feed_id, created_at, last_used_at FROM identity.calendar_feed
                WHERE practitioner_id = :practitioner AND organization_id = :organization AND revoked_at IS NULL
                """)
                .param("practitioner", practitioner.value()).param("organization", actor.organizationId().value())
                .query((row, n) -> new Feed(row.getObject("feed_id", UUID.class), row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("last_used_at") == null ? null : row.getTimestamp("last_used_at").toInstant()))
                .optional();
    }

    /** The owner of a live link whose login is enabled; notes the use. */
    Optional<Owner> open(String secret) {
        return jdbc.sql("""
                UPDATE identity.calendar_feed f SET last_used_at = :now
                FROM identity.user_login u
                WHERE f.token_hash = :hash AND f.revoked_at IS NULL AND u.user_id = f.practitioner_id AND u.enabled
                RETURNING f.practitioner_id, f.organization_id, u.email, f.language
                """)
                .param("hash", hashOf(secret)).param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> new Owner(row.getObject("practitioner_id", UUID.class),
                        row.getObject("organization_id", UUID.class), row.getString("email"), row.getString("language")))
                .optional();
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
