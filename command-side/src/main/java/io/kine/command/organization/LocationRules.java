package io.kine.command.organization;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.kine.kernel.organization.LocationDetails;
import io.kine.kernel.organization.ResourceKind;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The rules of a location's details and of its resources' names. Returns the input tidied up
 * (trimmed, blanks as absent, phone in E.164) or rejects it with every broken rule at once.
 */
final class LocationRules {

    static final int MAX_NAME_LENGTH = 100;
    /** Numbers written without a country code are read as French ones, as for patients. */
    static final String DEFAULT_PHONE_REGION = "FR";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final FieldChecks checks = new FieldChecks();

    private LocationRules() {
    }

    static LocationDetails checked(LocationDetails input) {
        LocationRules rules = new LocationRules();
        LocationDetails checked = rules.check(input);
        if (rules.checks.failed()) {
            throw new InvalidLocation(rules.checks.violations());
        }
        return checked;
    }

    /** A new resource needs a kind and a name. */
    static String checkedNewResource(String name, ResourceKind kind) {
        FieldChecks checks = new FieldChecks();
        checks.required("kind", kind);
        return checkedResourceName(checks, name);
    }

    static String checkedResourceName(String name) {
        return checkedResourceName(new FieldChecks(), name);
    }

    private static String checkedResourceName(FieldChecks checks, String name) {
        String checked = checks.requiredText("name", name, MAX_NAME_LENGTH);
        if (checks.failed()) {
            throw new InvalidResource(checks.violations());
        }
        return checked;
    }

    private LocationDetails check(LocationDetails input) {
        return new LocationDetails(
                checks.requiredText("name", input.name(), MAX_NAME_LENGTH),
                checks.text("street", input.street(), 200),
                checks.text("postalCode", input.postalCode(), 20),
                checks.text("city", input.city(), MAX_NAME_LENGTH),
                checks.text("country", input.country(), MAX_NAME_LENGTH),
                phone(input.phone()),
                timeZone(input.timeZone()));
    }

    private String phone(String value) {
        String phone = checks.text("phone", value, MAX_NAME_LENGTH);
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
        checks.violate("phone", "location.phone.invalid");
        return phone;
    }

    /** A region of the IANA database: a fixed offset would ignore daylight-saving changes. */
    private ZoneId timeZone(ZoneId zone) {
        if (zone == null) {
            checks.violate("timeZone", "validation.required");
        } else if (zone instanceof ZoneOffset || !ZoneId.getAvailableZoneIds().contains(zone.getId())) {
            checks.violate("timeZone", "location.timeZone.unknown");
        }
        return zone;
    }
}
