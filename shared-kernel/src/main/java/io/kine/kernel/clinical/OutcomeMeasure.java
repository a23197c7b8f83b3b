package io.kine.kernel.clinical;

/** One measure taken at a visit, e.g. pain 6 on the 0-10 scale. */
public record OutcomeMeasure(MeasureKind kind, int value) {
}
