package io.kine.infra.audit;

import io.kine.infra.web.Formats;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Field values as people read them in histories ({@code ${@auditValues.display(v)}}):
 * instants in the clinic's time zone and language, the rest as stored.
 */
@Component("auditValues")
public class AuditValues {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    private final Formats formats;

    AuditValues(Formats formats) {
        this.formats = formats;
    }

    public String display(String value) {
        if (value != null && INSTANT.matcher(value).matches()) {
            try {
                return formats.dateTime(Instant.parse(value));
            } catch (DateTimeParseException notAnInstant) {
                return value;
            }
        }
        return value;
    }

    public boolean erased(String value) {
        return PersonalDataVault.ERASED.equals(value);
    }
}
