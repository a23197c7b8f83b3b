package io.kine.command;

/** One field that broke a rule: the field's path (e.g. {@code address.city}) and a message key. */
public record FieldViolation(String field, String messageKey) {
}
