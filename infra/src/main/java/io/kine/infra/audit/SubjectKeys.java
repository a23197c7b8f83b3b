package io.kine.infra.audit;

import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * The per-patient keys that encrypt personal data in events. Behind an interface so the
 * serializer does not care where keys live (a table today, a key management service later).
 */
public interface SubjectKeys {

    /** The subject's live key, created on first use; fails if the subject was erased. */
    SecretKey keyFor(UUID subject);

    /** The live key, or empty when the subject was erased (or never had personal data). */
    Optional<SecretKey> liveKey(UUID subject);

    /** Destroys the key for ever: every field it encrypted becomes unreadable. */
    void destroy(UUID subject);
}
