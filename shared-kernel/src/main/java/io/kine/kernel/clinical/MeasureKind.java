package io.kine.kernel.clinical;

/**
 * An outcome measure recorded at a visit, with the range of its scale. New measures are new
 * constants here (a label in the bundles, a range); events and tables store the name.
 */
public enum MeasureKind {
    /** Pain on the 0-10 numeric rating scale (NRS). */
    PAIN(0, 10);

    private final int min;
    private final int max;

    MeasureKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(int value) {
        return value >= min && value <= max;
    }
}
