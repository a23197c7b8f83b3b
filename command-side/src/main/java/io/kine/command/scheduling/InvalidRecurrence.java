package io.kine.command.scheduling;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** A recurrence rule Kine cannot or will not expand into an appointment series. */
public final class InvalidRecurrence extends Rejection {

    /** Why; each reason has its own message key, {@code recurrence.<reason in camel case>}. */
    public enum Reason {
        MALFORMED("malformed"),
        UNSUPPORTED_FREQUENCY("unsupportedFrequency"),
        UNSUPPORTED_PART("unsupportedPart"),
        COUNT_AND_UNTIL("countAndUntil"),
        INVALID_INTERVAL("invalidInterval"),
        INVALID_COUNT("invalidCount"),
        TOO_MANY_OCCURRENCES("tooManyOccurrences"),
        SERIES_TOO_LONG("seriesTooLong"),
        UNTIL_BEFORE_FIRST_OCCURRENCE("untilBeforeFirstOccurrence"),
        FIRST_OCCURRENCE_NOT_ON_A_RULE_DAY("firstOccurrenceNotOnARuleDay"),
        INVALID_LENGTH("invalidLength");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "recurrence." + key;
        }
    }

    private final Reason reason;

    InvalidRecurrence(Reason reason, String detail) {
        super(Kind.INVALID, "invalid-recurrence", reason.messageKey(), detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(new FieldViolation("recurrence", reason.messageKey()));
    }
}
