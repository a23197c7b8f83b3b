package io.kine.infra.audit;

import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys in {@code audit.subject_key}. Statements join the caller's transaction, so a key made
 * for an event commits or rolls back with it. Live keys are cached briefly (replays read many
 * events of one patient); the cache is why another node may still decrypt for up to
 * {@code kine.audit.key-cache-ttl} after an erasure, the erasing node forgets at once.
 */
@Component
class JdbcSubjectKeys implements SubjectKeys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration ttl;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    JdbcSubjectKeys(JdbcClient jdbc, Clock clock, @Value("${kine.audit.key-cache-ttl:PT30S}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public SecretKey keyFor(UUID subject) {
        return liveKey(subject).orElseGet(() -> {
            jdbc.sql("""
                    INSERT INTO audit.subject_key (subject_id, key_material) VALUES (:subject, :key)
                    ON CONFLICT (subject_id) DO NOTHING
                    """)
                    .param("subject", subject).param("key", newKey()).update();
            return stored(subject).orElseThrow(() -> new SubjectErased(subject));
        });
    }

    @Override
    public Optional<SecretKey> liveKey(UUID subject) {
        Cached cached = cache.get(subject);
        Instant now = clock.instant();
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.key());
        }
        Optional<SecretKey> key = stored(subject);
        key.ifPresentOrElse(k -> cache.put(subject, new Cached(k, now.plus(ttl))), () -> cache.remove(subject));
        return key;
    }

    @Override
    public void destroy(UUID subject) {
        cache.remove(subject);
        int destroyed = jdbc.sql("""
                UPDATE audit.subject_key SET key_material = NULL, destroyed_at = now()
                WHERE subject_id = :subject AND key_material IS NOT NULL
                """).param("subject", subject).update();
        if (destroyed == 0) {
            // never had personal data (or already erased): record the tombstone so no key is made later
            jdbc.sql("""
                    INSERT INTO audit.subject_key (subject_id, key_material, destroyed_at) VALUES (:subject, NULL, now())
                    ON CONFLICT (subject_id) DO NOTHING
                    """).param("subject", subject).update();
        }
    }

    private Optional<SecretKey> stored(UUID subject) {
        return jdbc.sql("SELECT key_material FROM audit.subject_key WHERE subject_id = :subject AND key_material IS NOT NULL")
                .param("subject", subject)
                .query((row, n) -> (SecretKey) new SecretKeySpec(row.getBytes(1), "AES"))
                .optional();
    }

    private static byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey().getEncoded();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has AES", impossible);
        }
    }

    private record Cached(SecretKey key, Instant until) {
    }
}
