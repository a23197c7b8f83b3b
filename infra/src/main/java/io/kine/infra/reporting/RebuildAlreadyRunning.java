package io.kine.infra.reporting;

/** A rebuild is under way on this node; another one would compete for the same tables. */
class RebuildAlreadyRunning extends RuntimeException {

    RebuildAlreadyRunning() {
        super("A projection rebuild is already running", null, false, false);
    }
}
