package io.kine.query.patients;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text the way people search it: without accents, case or extra spaces, so "Élodie"
 * is found by "elodie". Phone numbers are kept as digits, in both international and
 * national form, so "06 12" and "+33612" both find +33612345678.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PHONE_LIKE = Pattern.compile("^[+0-9 ().-]{3,}$");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String withoutMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** First and last name, folded; duplicate checks also try the swapped order. */
    static String nameKey(String firstName, String lastName) {
        return fold(firstName) + " " + fold(lastName);
    }

    static String forPatient(String firstName, String lastName, String phone, String email) {
        return String.join(" ", fold(firstName), fold(lastName), phoneDigits(phone), fold(email)).strip();
    }

    /** The words of a search, each of which must appear; phone-like input becomes one run of digits. */
    static List<String> terms(String search) {
        String folded = fold(search);
        if (folded.isEmpty()) {
            return List.of();
        }
        if (PHONE_LIKE.matcher(folded).matches() && NOT_DIGIT.matcher(folded).replaceAll("").length() >= 2) {
            return List.of(NOT_DIGIT.matcher(folded).replaceAll(""));
        }
        return Arrays.stream(folded.split(" ")).distinct().toList();
    }

    private static String phoneDigits(String e164) {
        if (e164 == null) {
            return "";
        }
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        try {
            String national = phones.format(phones.parse(e164, null), PhoneNumberFormat.NATIONAL);
            return NOT_DIGIT.matcher(e164).replaceAll("") + " " + NOT_DIGIT.matcher(national).replaceAll("");
        } catch (NumberParseException unparseable) {
            return NOT_DIGIT.matcher(e164).replaceAll("");
        }
    }
}
