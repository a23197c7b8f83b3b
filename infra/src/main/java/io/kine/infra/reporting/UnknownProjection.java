package io.kine.infra.reporting;

/** No projection of that name in the catalog. */
class UnknownProjection extends RuntimeException {

    UnknownProjection(String name) {
        super("Unknown projection " + name, null, false, false);
    }
}
