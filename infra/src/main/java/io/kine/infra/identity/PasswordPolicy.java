package io.kine.infra.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The minimum a new password must meet, wherever it is chosen (accepting an invitation,
 * changing it, resetting it): at least 12 characters, not one character repeated, not the
 * e-mail address, not one of the passwords most often found in leaks.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    /**
     * The twenty most common passwords of the public leak lists. Most are shorter than the
     * minimum, so they matter repeated to length ({@code 123456123456}, {@code qwertyqwerty}),
     * which people do; any number of repetitions is refused.
     */
    private static final Set<String> COMMON = Set.of("123456", "password", "123456789", "12345678", "12345",
            "qwerty", "1234567", "111111", "1234567890", "123123", "abc123", "1234", "password1", "iloveyou",
            "1q2w3e4r", "000000", "qwerty123", "zaq12wsx", "dragon", "sunshine");

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.chars().distinct().count() == 1) {
            return Optional.of("password.oneCharacter");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.isEmail");
        }
        if (COMMON.stream().anyMatch(common -> lower.replace(common, "").isEmpty())) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }
}
