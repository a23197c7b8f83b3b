package io.kine.infra.identity;

import io.kine.kernel.identity.Role;
import java.util.EnumSet;
import java.util.Set;

/** The invitation form as typed; the aggregate decides whether it is acceptable. */
public class InviteForm {

    private String email = "";
    private String displayName = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
