package io.kine.kernel.billing;

import java.util.List;

/** Reminder steps in days after the due date; {@code version} -1 while the defaults apply. */
public record DunningStepsView(
        List<Integer> stepDays,
        long version) {

    /** Until an organization sets its own: a week, three weeks and a month and a half after the due date. */
    public static final List<Integer> DEFAULT_STEPS = List.of(7, 21, 45);
}
