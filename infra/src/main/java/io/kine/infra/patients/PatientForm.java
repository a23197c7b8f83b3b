package io.kine.infra.patients;

import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientView;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.Sex;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The register / edit form as typed. A mutable bean on purpose: when a date does not parse,
 * Spring still binds every other field and reports the date next to its input.
 * {@code formId} makes a double submit register one patient; {@code version} guards an edit
 * against someone else's change made meanwhile.
 */
public class PatientForm {

    private String formId = UUID.randomUUID().toString();
    private Long version;
    private String firstName;
    private String lastName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;
    private Sex sex = Sex.UNKNOWN;
    private String phone;
    private String email;
    private String street;
    private String postalCode;
    private String city;
    private String country;
    private String insurer;
    private String policyNumber;
    private boolean acknowledgeDuplicate;

    static PatientForm of(PatientView view) {
        PatientForm form = new PatientForm();
        PatientDetails d = view.details();
        form.version = view.version();
        form.firstName = d.firstName();
        form.lastName = d.lastName();
        form.dateOfBirth = d.dateOfBirth();
        form.sex = d.sex();
        form.phone = d.phone();
        form.email = d.email();
        form.street = d.address().street();
        form.postalCode = d.address().postalCode();
        form.city = d.address().city();
        form.country = d.address().country();
        form.insurer = d.insurance().insurer();
        form.policyNumber = d.insurance().policyNumber();
        return form;
    }

    PatientDetails toDetails() {
        return new PatientDetails(firstName, lastName, dateOfBirth, sex, phone, email,
                new PostalAddress(street, postalCode, city, country), new Insurance(insurer, policyNumber));
    }

    public String getFormId() { return formId; }
    public void setFormId(String formId) { this.formId = formId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getInsurer() { return insurer; }
    public void setInsurer(String insurer) { this.insurer = insurer; }
    public String getPolicyNumber() { return policyNumber; }
    public void setPolicyNumber(String policyNumber) { this.policyNumber = policyNumber; }
    public boolean isAcknowledgeDuplicate() { return acknowledgeDuplicate; }
    public void setAcknowledgeDuplicate(boolean acknowledgeDuplicate) { this.acknowledgeDuplicate = acknowledgeDuplicate; }
}
