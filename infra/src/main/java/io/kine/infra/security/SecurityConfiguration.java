package io.kine.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import io.kine.infra.web.ApiProblemFactory;
import io.kine.infra.web.StyleNonce;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import tools.jackson.databind.ObjectMapper;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Form login for people, the same session for {@code /api/**} (with its CSRF header), and
 * permission checks on every controller method ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'%s; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, AccessTokenResolver tokens, ApiProblemFactory problems,
            ObjectMapper json) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/signup", "/api/signup", "/webjars/**", "/css/**", "/js/**",
                                "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/invitations/*",
                                "/password-reset", "/password-reset/*")
                        .permitAll()
                        // practitioners' iCalendar feeds: the secret in the path is the credential
                        .requestMatchers(HttpMethod.GET, "/calendar/feed/*.ics").permitAll()
                        .anyRequest().authenticated())
                // CSRF defends cookies a browser sends by itself; a bearer token is never sent by itself,
                // so a request that carries one (and is authenticated by it alone) needs no CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers(AccessTokenFilter::carriesBearerToken))
                .addFilterBefore(new AccessTokenFilter(tokens, problems, json), CsrfFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::loginFailed).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
                // an API client gets a 401 to act on, not the HTML login page
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .headers(headers -> headers
                        // the policy is written when the response is committed, so a page that asked for
                        // a style nonce while rendering (the calendar) finds it in the header
                        .addHeaderWriter(SecurityConfiguration::contentSecurityPolicy)
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                        // HSTS only over HTTPS (also when a proxy ends TLS: see server.forward-headers-strategy)
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
                // a new session id at login, so an id planted before login is worth nothing after it
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    /** Scripts only from Kine itself; styles too, plus the one nonce-carrying style element a page asked for. */
    private static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            String nonce = StyleNonce.ifRequested(request);
            response.setHeader("Content-Security-Policy", POLICY.formatted(nonce == null ? "" : " 'nonce-" + nonce + "'"));
        }
    }

    /** Passwords checked against {@link UserLogins}, behind the failed-login throttle. */
    @Bean
    AuthenticationProvider passwordLogin(UserLogins logins, PasswordEncoder passwords, LoginThrottle throttle) {
        DaoAuthenticationProvider checker = new DaoAuthenticationProvider(logins);
        checker.setPasswordEncoder(passwords);
        return new ThrottledAuthenticationProvider(checker, throttle);
    }

    /** Back to the login page, saying whether the password was wrong or the login is throttled. */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String reason = failure instanceof ThrottledAuthenticationProvider.LoginRefused refused
                ? refused.refusal().name().toLowerCase(Locale.ROOT) : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    /** BCrypt today, with the algorithm stored in each hash so a stronger one can take over. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
