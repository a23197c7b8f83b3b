package io.kine.kernel.organization;

/** What a bookable resource of a location is: a treatment room or a machine. */
public enum ResourceKind {
    ROOM,
    EQUIPMENT
}
