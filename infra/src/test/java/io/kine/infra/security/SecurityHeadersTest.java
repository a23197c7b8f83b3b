package io.kine.infra.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The headers that tell browsers what a page may do, on every answer, logged in or not. */
@KineIntegrationTest
class SecurityHeadersTest {

    @Autowired MockMvc mvc;

    @Test
    void allowsScriptsStylesAndFramingFromNowhereButKine() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(
                        containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void forbidsContentSniffingAndCrossSiteReferrers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void turnsOffBrowserFeaturesKineDoesNotUse() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
    }

    @Test
    void sendsNoHstsOverPlainHttp() throws Exception {
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void sendsHstsOverHttps() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void sendsHstsWhenAProxyEndedTls() throws Exception {
        mvc.perform(get("/login").header("X-Forwarded-Proto", "https"))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void guardsTheApiWithTheSameHeaders() throws Exception {
        mvc.perform(get("/api/auth/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Content-Security-Policy"));
    }
}
