package io.kine.infra.organization;

import io.kine.kernel.organization.LocationDetails;

/** The add / edit location form as typed; the time zone stays text until the controller parses it. */
public class LocationForm {

    private String name;
    private String street;
    private String postalCode;
    private String city;
    private String country;
    private String phone;
    private String timeZone = "Europe/Paris";

    static LocationForm of(LocationDetails d) {
        LocationForm form = new LocationForm();
        form.name = d.name();
        form.street = d.street();
        form.postalCode = d.postalCode();
        form.city = d.city();
        form.country = d.country();
        form.phone = d.phone();
        form.timeZone = d.timeZone().getId();
        return form;
    }

    LocationDetails toDetails() {
        return new LocationDetails(name, street, postalCode, city, country, phone,
                TimeZones.parse(TimeZones.FIELD, timeZone));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
