package io.kine.infra.security;

import io.kine.infra.web.ApiProblemFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**}: the request acts as the token's owner
 * for this request only (nothing goes into a session). A bad token is a 401 problem, never a
 * fall-back to a session cookie sent alongside.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";

    private final AccessTokenResolver tokens;
    private final ApiProblemFactory problems;
    private final ObjectMapper json;

    AccessTokenFilter(AccessTokenResolver tokens, ApiProblemFactory problems, ObjectMapper json) {
        this.tokens = tokens;
        this.problems = problems;
        this.json = json;
    }

    static boolean carriesBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesBearerToken(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        Optional<AccessTokenAuthentication> authentication = tokens.authenticate(token);
        if (authentication.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType("application/problem+json");
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            json.writeValue(response.getOutputStream(), problems.problem(HttpStatus.UNAUTHORIZED, "invalid-token",
                    "token.invalid", LocaleContextHolder.getLocale()));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
