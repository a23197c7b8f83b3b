package io.kine.infra.organization;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/signup}: open to anyone, and still under CSRF protection like every other
 * POST: a client first loads {@code /signup} (or any page) for a session and its token, then
 * sends it in {@code X-CSRF-TOKEN}. It does not log the new owner in; they log in like anyone.
 */
@RestController
class SignupApiController {

    private final Signups signups;

    SignupApiController(Signups signups) {
        this.signups = signups;
    }

    record SignupRequest(String organizationName, String currency, String defaultLocale, String locationName,
            String timeZone, String displayName, String email, String password) {

        Signups.Signup toSignup() {
            return new Signups.Signup(organizationName, currency, defaultLocale, locationName,
                    TimeZones.parse(TimeZones.FIELD, timeZone), displayName, email, password);
        }
    }

    @PostMapping("/api/signup")
    ResponseEntity<Map<String, UUID>> signUp(@RequestBody SignupRequest request) {
        Signups.SignedUp done = signups.signUp(request.toSignup());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("organizationId", done.organizationId().value(),
                "userId", done.ownerId().value()));
    }
}
