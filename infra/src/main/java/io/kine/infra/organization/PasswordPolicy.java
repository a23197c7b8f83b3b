package io.kine.infra.organization;

import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least 12 characters, and not one an attacker tries first
 * (a well-known password, one character repeated, a keyboard or digit run, the e-mail's name).
 * Length matters more than character classes, so no "one digit, one symbol" rule.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    /** Fewer different characters than this is a pattern, not a password. */
    static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final Set<String> WELL_KNOWN = Set.of("password1234", "motdepasse123", "azertyuiop12",
            "qwertyuiop12", "123456789012", "iloveyou1234", "kinesitherapie", "physiotherapy", "administrator",
            "passwordpassword", "motdepassemotdepasse", "azertyazerty", "qwertyqwerty", "bonjour12345",
            "welcome12345", "changeme1234");
    private static final String[] RUNS = {"0123456789", "abcdefghijklmnopqrstuvwxyz", "azertyuiop", "qwertyuiop",
            "qsdfghjklm", "asdfghjkl"};

    private PasswordPolicy() {
    }

    /** The message key of the first broken rule, or null when the password will do. */
    static String problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "signup.password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "validation.tooLong";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WELL_KNOWN.contains(lower) || lower.chars().distinct().count() < MIN_DISTINCT_CHARACTERS
                || isRun(lower) || containsEmailName(lower, email)) {
            return "signup.password.weak";
        }
        return null;
    }

    private static boolean isRun(String password) {
        for (String run : RUNS) {
            if (run.contains(password) || new StringBuilder(run).reverse().toString().contains(password)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsEmailName(String password, String email) {
        if (email == null || !email.contains("@")) {
            return false;
        }
        String name = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        return name.length() >= 4 && password.contains(name);
    }
}
