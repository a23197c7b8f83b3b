package io.kine.command.clinical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What may be attached: PDFs and images, recognised by their bytes (magic numbers), never by
 * the name or the type the browser claims, within a size limit. A script renamed
 * {@code scan.pdf} is refused.
 */
final class AttachmentRules {

    static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "image/tiff", "image/heic");
    static final int NAME_MAX = 255;
    private static final Tika TIKA = new Tika();

    private AttachmentRules() {
    }

    /** The checked file: its cleaned name, its sniffed type and its sha256. */
    record CheckedFile(String fileName, String contentType, String sha256) {
    }

    static CheckedFile check(String fileName, byte[] content, long maxBytes) {
        String name = cleanName(fileName);
        if (name == null) {
            throw new AttachmentRefused(AttachmentRefused.Reason.NAME_MISSING);
        }
        if (content == null || content.length == 0) {
            throw new AttachmentRefused(AttachmentRefused.Reason.EMPTY);
        }
        if (content.length > maxBytes) {
            throw new AttachmentRefused(AttachmentRefused.Reason.TOO_LARGE);
        }
        // detect(byte[]) looks at the bytes only: no name is given, so none can mislead it
        String type = TIKA.detect(content);
        if (!ALLOWED_TYPES.contains(type)) {
            throw new AttachmentRefused(AttachmentRefused.Reason.TYPE_NOT_ALLOWED);
        }
        return new CheckedFile(name, type, sha256(content));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    /** The last path segment, without control characters, at most 255 characters. */
    private static String cleanName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        if (name.length() > NAME_MAX) {
            name = name.substring(name.length() - NAME_MAX);
        }
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
