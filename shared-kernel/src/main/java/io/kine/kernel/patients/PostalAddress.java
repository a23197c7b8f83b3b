package io.kine.kernel.patients;

/** A postal address; every part is optional because front desks often learn it piece by piece. */
public record PostalAddress(String street, String postalCode, String city, String country) {

    public static final PostalAddress NONE = new PostalAddress(null, null, null, null);

    public boolean isEmpty() {
        return street == null && postalCode == null && city == null && country == null;
    }
}
