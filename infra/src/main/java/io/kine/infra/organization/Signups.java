package io.kine.infra.organization;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import io.kine.command.organization.InvalidLocation;
import io.kine.command.organization.InvalidOrganization;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.CreateUserAccount;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.RegisterOrganization;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.validator.routines.EmailValidator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing up: a new organization, its first location and its owner's login, all in one database
 * transaction, so a refusal anywhere (a taken e-mail, a bad time zone) leaves no event and no
 * login behind. Nobody is logged in yet, so the commands go as the system actor; the
 * {@code UserAccountCreated} event with the OWNER role records who the organization belongs to.
 */
@Component
class Signups {

    /** The aggregates' field names, as the sign-up form calls them. */
    private static final Map<String, String> FORM_FIELDS = Map.of("name", "organizationName");
    private static final Map<String, String> LOCATION_FIELDS = Map.of("name", "locationName");

    private final SystemCommands commands;
    private final UserLogins logins;
    private final TransactionTemplate transaction;

    Signups(SystemCommands commands, UserLogins logins, TransactionTemplate transaction) {
        this.commands = commands;
        this.logins = logins;
        this.transaction = transaction;
    }

    record Signup(String organizationName, String currency, String defaultLocale, String locationName,
            ZoneId timeZone, String displayName, String email, String password) {
    }

    record SignedUp(OrganizationId organizationId, UserId ownerId) {
    }

    SignedUp signUp(Signup signup) {
        checkOwner(signup);
        if (loginExists(signup.email())) {
            throw SignupRefused.emailTaken();
        }
        OrganizationId organization = OrganizationId.random();
        UserId owner = UserId.random();
        String displayName = signup.displayName().strip();
        try {
            transaction.executeWithoutResult(status -> {
                commands.send(new RegisterOrganization(organization, signup.organizationName(), signup.currency(),
                        signup.defaultLocale() == null ? null : Locale.forLanguageTag(signup.defaultLocale())), organization);
                commands.send(new OpenLocation(organization, LocationId.random(), signup.locationName(),
                        signup.timeZone()), organization);
                commands.send(new CreateUserAccount(owner, organization, signup.email().strip(), displayName,
                        Set.of(Role.OWNER)), organization);
                logins.add(owner.value(), organization.value(), signup.email(), displayName, Set.of(Role.OWNER),
                        signup.password());
            });
        } catch (DuplicateKeyException sameEmailMeanwhile) {
            throw SignupRefused.emailTaken();
        } catch (InvalidOrganization invalid) {
            throw renamed(invalid, FORM_FIELDS);
        } catch (InvalidLocation invalid) {
            throw renamed(invalid, LOCATION_FIELDS);
        }
        return new SignedUp(organization, owner);
    }

    /** The person's part, checked before anything is sent: every problem at once. */
    private static void checkOwner(Signup signup) {
        List<FieldViolation> violations = new ArrayList<>();
        if (signup.displayName() == null || signup.displayName().isBlank()) {
            violations.add(new FieldViolation("displayName", "validation.required"));
        } else if (signup.displayName().strip().length() > 100) {
            violations.add(new FieldViolation("displayName", "validation.tooLong"));
        }
        if (signup.email() == null || signup.email().isBlank()) {
            violations.add(new FieldViolation("email", "validation.required"));
        } else if (!EmailValidator.getInstance().isValid(signup.email().strip())) {
            violations.add(new FieldViolation("email", "signup.email.invalid"));
        }
        String password = PasswordPolicy.problem(signup.password(), signup.email());
        if (password != null) {
            violations.add(new FieldViolation("password", password));
        }
        if (!violations.isEmpty()) {
            throw SignupRefused.invalid(violations);
        }
    }

    private boolean loginExists(String email) {
        try {
            logins.loadUserByUsername(email);
            return true;
        } catch (UsernameNotFoundException free) {
            return false;
        }
    }

    private static SignupRefused renamed(Rejection invalid, Map<String, String> fields) {
        return SignupRefused.invalid(invalid.violations().stream()
                .map(v -> new FieldViolation(fields.getOrDefault(v.field(), v.field()), v.messageKey())).toList());
    }
}
