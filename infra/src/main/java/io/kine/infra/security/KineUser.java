package io.kine.infra.security;

import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person: who they are, which organization they act for and what their roles
 * let them do. Stored in the HTTP session (in Redis), hence only serializable JDK types.
 * Authorities are the permission keys ({@code patient.read}) plus {@code ROLE_<role>}.
 */
public final class KineUser implements UserDetails, CredentialsContainer {

    private final UUID userId;
    private final UUID organizationId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private String passwordHash;

    public KineUser(UUID userId, UUID organizationId, String email, String displayName, Set<Role> roles,
            boolean enabled, String passwordHash) {
        this.userId = userId;
        this.organizationId = organizationId;
        this.email = email;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UserId userId() {
        return new UserId(userId);
    }

    public OrganizationId organizationId() {
        return new OrganizationId(organizationId);
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Roles as they travel in message metadata: {@code OWNER,ADMIN}. */
    public String roleNames() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    public boolean can(Permission permission) {
        return roles.stream().anyMatch(role -> role.grants(permission));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        roles.stream().flatMap(role -> role.permissions().stream()).distinct()
                .forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.key())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash is not needed once logged in, and must not end up in the session store. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
