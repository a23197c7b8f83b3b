package io.kine.command.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** A 1x1 transparent PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void recognisesPdfAndPngFromTheirBytes() {
        assertThat(AttachmentRules.check("a.bin", PDF, 10_000).contentType()).isEqualTo("application/pdf");
        assertThat(AttachmentRules.check("scan.pdf", PNG, 10_000).contentType()).isEqualTo("image/png");
    }

    @Test
    void refusesTextAndHtmlWhateverTheirName() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AttachmentRules.check("radio.png", html, 10_000))
                .isInstanceOfSatisfying(AttachmentRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AttachmentRefused.Reason.TYPE_NOT_ALLOWED));
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertThatThrownBy(() -> AttachmentRules.check("a.pdf", new byte[0], 10))
                .hasFieldOrPropertyWithValue("reason", AttachmentRefused.Reason.EMPTY);
        assertThatThrownBy(() -> AttachmentRules.check("a.pdf", PDF, PDF.length - 1))
                .hasFieldOrPropertyWithValue("reason", AttachmentRefused.Reason.TOO_LARGE);
    }

    @Test
    void computesTheSha256OfTheBytes() {
        assertThat(AttachmentRules.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
