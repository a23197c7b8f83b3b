package io.kine.kernel.patients;

/** The patient's insurer and policy number, as printed on their card. */
public record Insurance(String insurer, String policyNumber) {

    public static final Insurance NONE = new Insurance(null, null);
}
