package io.kine.infra.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with the {@link LoginThrottle} in front: a slowed or locked account or address
 * is refused before its password is checked (even a right one), and refusals count as failures,
 * so hammering only prolongs the wait.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        var refusal = throttle.refusal(email, address);
        if (refusal.isPresent()) {
            throttle.failed(email, address);
            throw new LoginRefused(refusal.get());
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(email);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            throttle.failed(email, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failures: the login page says which ({@code ?slowed} or {@code ?locked}). */
    static final class LoginRefused extends AuthenticationException {

        private final LoginThrottle.Refusal refusal;

        LoginRefused(LoginThrottle.Refusal refusal) {
            super("Too many failed logins: " + refusal);
            this.refusal = refusal;
        }

        LoginThrottle.Refusal refusal() {
            return refusal;
        }
    }
}
