package io.kine.command.patients;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.kine.command.FieldViolation;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PostalAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * The rules a patient's details must meet, applied when they are registered or updated.
 * Returns the details tidied up (trimmed, blanks as absent, phone in E.164) or rejects them
 * with every broken rule at once, so a form can show all its errors in one go.
 */
final class PatientDetailsRules {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_TEXT_LENGTH = 200;
    /** Older than anyone alive: a date before this is a typing error. */
    static final int MAX_AGE_YEARS = 130;
    /** Numbers written without a country code are read as French ones. */
    static final String DEFAULT_PHONE_REGION = "FR";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final List<FieldViolation> violations = new ArrayList<>();
    private final LocalDate today;

    private PatientDetailsRules(Clock clock) {
        this.today = LocalDate.now(clock);
    }

    static PatientDetails checked(PatientDetails details, Clock clock) {
        return new PatientDetailsRules(clock).check(details);
    }

    private PatientDetails check(PatientDetails input) {
        PatientDetails checked = new PatientDetails(
                name("firstName", input.firstName()),
                name("lastName", input.lastName()),
                dateOfBirth(input.dateOfBirth()),
                required("sex", input.sex()),
                phone(input.phone()),
                email(input.email()),
                address(input.address()),
                insurance(input.insurance()));
        if (!violations.isEmpty()) {
            throw new InvalidPatientDetails(violations);
        }
        return checked;
    }

    private String name(String field, String value) {
        String name = text(field, value, MAX_NAME_LENGTH);
        if (name == null) {
            violations.add(new FieldViolation(field, "validation.required"));
        }
        return name;
    }

    private LocalDate dateOfBirth(LocalDate value) {
        if (value == null) {
            violations.add(new FieldViolation("dateOfBirth", "validation.required"));
        } else if (value.isAfter(today)) {
            violations.add(new FieldViolation("dateOfBirth", "patient.dateOfBirth.future"));
        } else if (value.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            violations.add(new FieldViolation("dateOfBirth", "patient.dateOfBirth.tooOld"));
        }
        return value;
    }

    private <T> T required(String field, T value) {
        if (value == null) {
            violations.add(new FieldViolation(field, "validation.required"));
        }
        return value;
    }

    private String phone(String value) {
        String phone = text("phone", value, MAX_NAME_LENGTH);
        if (phone == null) {
            return null;
        }
        try {
            PhoneNumber parsed = PHONES.parse(phone, DEFAULT_PHONE_REGION);
            if (PHONES.isValidNumber(parsed)) {
                return PHONES.format(parsed, PhoneNumberFormat.E164);
            }
        } catch (NumberParseException notANumber) {
            // reported below like any other invalid number
        }
        violations.add(new FieldViolation("phone", "patient.phone.invalid"));
        return phone;
    }

    private String email(String value) {
        String email = text("email", value, MAX_TEXT_LENGTH);
        if (email != null && !EmailValidator.getInstance().isValid(email)) {
            violations.add(new FieldViolation("email", "patient.email.invalid"));
        }
        return email;
    }

    private PostalAddress address(PostalAddress address) {
        return new PostalAddress(
                text("address.street", address.street(), MAX_TEXT_LENGTH),
                text("address.postalCode", address.postalCode(), 20),
                text("address.city", address.city(), MAX_NAME_LENGTH),
                text("address.country", address.country(), MAX_NAME_LENGTH));
    }

    private Insurance insurance(Insurance insurance) {
        return new Insurance(
                text("insurance.insurer", insurance.insurer(), MAX_NAME_LENGTH),
                text("insurance.policyNumber", insurance.policyNumber(), 50));
    }

    /** Trims; blank becomes absent; over-long text is refused rather than cut. */
    private String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            violations.add(new FieldViolation(field, "validation.tooLong"));
        }
        return trimmed;
    }
}
