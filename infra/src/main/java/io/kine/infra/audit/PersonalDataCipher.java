package io.kine.infra.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over one field's JSON text. The sealed form is a JSON string
 * {@code kine:pd:v1:<subject uuid>:<base64url(12-byte nonce || ciphertext || 16-byte tag)>}:
 * it names whose key opens it, and the subject id is authenticated data: a sealed value opens
 * only with its own patient's key, wherever it is copied, and dies with that key.
 */
final class PersonalDataCipher {

    static final String PREFIX = "kine:pd:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataCipher() {
    }

    static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    static UUID subjectOf(String sealed) {
        return UUID.fromString(sealed.substring(PREFIX.length(), PREFIX.length() + 36));
    }

    static String seal(UUID subject, SecretKey key, String json) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subject.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + subject + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    static String open(String sealed, SecretKey key) {
        UUID subject = subjectOf(sealed);
        byte[] in = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length() + 37));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(subject.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data of " + subject + " does not open with its key", e);
        }
    }
}
