package io.kine.infra.audit;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/** Subject keys in memory, for serializer tests that run without a database. */
public class InMemorySubjectKeys implements SubjectKeys {

    private final Map<UUID, Optional<SecretKey>> keys = new ConcurrentHashMap<>();

    @Override
    public SecretKey keyFor(UUID subject) {
        return keys.computeIfAbsent(subject, s -> Optional.of(newKey())).orElseThrow(() -> new SubjectErased(subject));
    }

    @Override
    public Optional<SecretKey> liveKey(UUID subject) {
        return keys.getOrDefault(subject, Optional.empty());
    }

    @Override
    public void destroy(UUID subject) {
        keys.put(subject, Optional.empty());
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
