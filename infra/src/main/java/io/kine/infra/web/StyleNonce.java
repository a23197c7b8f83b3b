package io.kine.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A per-response nonce that lets one page's script-built {@code <style>} element past the
 * content security policy. FullCalendar injects its stylesheet at run time and takes the nonce
 * from {@code <meta name="csp-nonce">}; every other page keeps the plain {@code style-src 'self'}.
 * A page asks for it with {@link #of}; the policy header then carries the same value.
 */
public final class StyleNonce {

    private static final String ATTRIBUTE = StyleNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private StyleNonce() {
    }

    /** This request's nonce, created on first use. */
    public static String of(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        return nonce;
    }

    /** The nonce a page asked for, or null when it asked for none. */
    public static String ifRequested(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String nonce ? nonce : null;
    }
}
