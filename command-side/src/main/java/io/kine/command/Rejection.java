package io.kine.command;

import java.util.List;

/**
 * A business rule said no. Carries a message key for the UI, a problem type for the API and
 * the kind of refusal; never a stack trace worth logging. Subclasses are named for the rule.
 */
public abstract class Rejection extends RuntimeException {

    /** What sort of "no" this is; the web layer turns it into an HTTP status. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String problemType;
    private final String messageKey;

    protected Rejection(Kind kind, String problemType, String messageKey, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.problemType = problemType;
        this.messageKey = messageKey;
    }

    public Kind kind() {
        return kind;
    }

    /** A short slug such as {@code patient-archived}, appended to the problem type URI. */
    public String problemType() {
        return problemType;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Field-level reasons, for rejections of input; empty for others. */
    public List<FieldViolation> violations() {
        return List.of();
    }
}
