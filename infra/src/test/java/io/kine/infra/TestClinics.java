package io.kine.infra;

import io.kine.infra.messaging.MessageMetadata;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.KineUser;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.CreateUserAccount;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.RegisterOrganization;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Object mother for organizations: each test gets a clinic of its own with one login per role,
 * so tests sharing a database never see each other's data.
 */
public final class TestClinics {

    public static final String PASSWORD = "test-password-1";

    private final SystemCommands commands;
    private final UserLogins logins;
    private final TransactionTemplate transaction;

    public TestClinics(ApplicationContext context) {
        this.commands = context.getBean(SystemCommands.class);
        this.logins = context.getBean(UserLogins.class);
        this.transaction = context.getBean(TransactionTemplate.class);
    }

    public Clinic aClinic() {
        OrganizationId organization = OrganizationId.random();
        commands.send(new RegisterOrganization(organization, "Clinic " + organization, "EUR", Locale.FRENCH), organization);
        Map<Role, KineUser> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            users.put(role, aUser(organization, role));
        }
        return new Clinic(organization, users);
    }

    private KineUser aUser(OrganizationId organization, Role role) {
        UserId user = UserId.random();
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@test.kine.local";
        transaction.executeWithoutResult(status -> {
            commands.send(new CreateUserAccount(user, organization, email, "Test " + role, Set.of(role)), organization);
            logins.add(user.value(), organization.value(), email, "Test " + role, Set.of(role), PASSWORD);
        });
        return logins.loadUserByUsername(email);
    }

    /** A message sent as Kine itself for {@code organization}, e.g. a query asked from a test. */
    public static Message<?> asSystem(Object payload, OrganizationId organization) {
        return GenericMessage.asMessage(payload).andMetaData(Map.of(
                MessageMetadata.ACTOR_ID, MessageMetadata.SYSTEM_ACTOR.toString(),
                MessageMetadata.ACTOR_ROLES, MessageMetadata.SYSTEM_ROLE,
                MessageMetadata.ORGANIZATION_ID, organization.toString()));
    }

    public record Clinic(OrganizationId organizationId, Map<Role, KineUser> users) {

        public KineUser user(Role role) {
            return users.get(role);
        }
    }
}
