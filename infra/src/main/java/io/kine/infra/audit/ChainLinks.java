package io.kine.infra.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The link arithmetic of the hash chain: SHA-256(previous link || canonical bytes). */
public final class ChainLinks {

    /** The event processor that appends links; it never dead-letters an event, it stops and retries. */
    public static final String PROCESSING_GROUP = "audit-chain";

    /** What link 1 of every chain follows. */
    public static final byte[] GENESIS = new byte[32];

    private ChainLinks() {
    }

    public static byte[] next(byte[] previous, CanonicalEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update(event.bytes());
            return sha256.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    public static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }
}
