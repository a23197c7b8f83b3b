package io.kine.infra.web;

/** A request parameter outside what the API accepts (an unknown sort, a page size of 10 000). */
public class InvalidRequest extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidRequest(String field, String messageKey) {
        super("Invalid " + field, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
