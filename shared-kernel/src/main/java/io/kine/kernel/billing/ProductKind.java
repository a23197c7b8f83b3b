package io.kine.kernel.billing;

/** A catalog item is a service (a session, an assessment) or a product (a brace, a tape roll). */
public enum ProductKind {
    SERVICE, PRODUCT
}
