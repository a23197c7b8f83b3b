package io.kine.infra.security;

import io.kine.kernel.identity.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Logins and their password hashes, in {@code identity.user_login}. Kept outside the event
 * stream on purpose: a hash must be replaceable and erasable, an event is neither.
 */
@Component
public class UserLogins implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserLogins(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Adds a login; the caller runs it in the transaction that records the account's event. */
    public void add(UUID userId, UUID organizationId, String email, String displayName, Set<Role> roles,
            String rawPassword) {
        jdbc.sql("""
                INSERT INTO identity.user_login (user_id, organization_id, email, display_name, password_hash, roles)
                VALUES (:userId, :organizationId, :email, :displayName, :hash, string_to_array(:roles, ','))
                """)
                .param("userId", userId)
                .param("organizationId", organizationId)
                .param("email", email.strip().toLowerCase(Locale.ROOT))
                .param("displayName", displayName)
                .param("hash", passwords.encode(rawPassword))
                .param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .update();
    }

    /** Replaces the hash; the caller runs it in the transaction that records PasswordChanged. */
    public void changePassword(UUID userId, String rawPassword) {
        jdbc.sql("UPDATE identity.user_login SET password_hash = :hash WHERE user_id = :userId")
                .param("hash", passwords.encode(rawPassword)).param("userId", userId).update();
    }

    public boolean passwordMatches(String rawPassword, String hash) {
        return rawPassword != null && hash != null && passwords.matches(rawPassword, hash);
    }

    @Override
    public KineUser loadUserByUsername(String email) {
        return jdbc.sql("SELECT * FROM identity.user_login WHERE email = :email")
                .param("email", email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                .query(UserLogins::user)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such login"));
    }

    public Optional<String> displayName(UUID userId) {
        return jdbc.sql("SELECT display_name FROM identity.user_login WHERE user_id = :userId")
                .param("userId", userId).query(String.class).optional();
    }

    private static KineUser user(ResultSet row, int rowNumber) throws SQLException {
        Array roles = row.getArray("roles");
        Set<Role> parsed = Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).collect(Collectors.toSet());
        return new KineUser(row.getObject("user_id", UUID.class), row.getObject("organization_id", UUID.class),
                row.getString("email"), row.getString("display_name"), parsed, row.getBoolean("enabled"),
                row.getString("password_hash"));
    }
}
