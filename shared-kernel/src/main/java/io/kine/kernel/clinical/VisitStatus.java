package io.kine.kernel.clinical;

/** A visit's note is a draft until signed; a signed note is locked (addenda only). */
public enum VisitStatus { DRAFT, SIGNED }
