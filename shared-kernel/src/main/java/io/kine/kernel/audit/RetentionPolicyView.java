package io.kine.kernel.audit;

/** The retention rule in force for an organization; {@code standard} when the default French rule applies. */
public record RetentionPolicyView(int yearsAfterLastActivity, int minorsUntilAge, boolean standard) {

    public static final int DEFAULT_YEARS = 20;
    public static final int DEFAULT_MINORS_UNTIL_AGE = 28;

    public static RetentionPolicyView standardPolicy() {
        return new RetentionPolicyView(DEFAULT_YEARS, DEFAULT_MINORS_UNTIL_AGE, true);
    }
}
