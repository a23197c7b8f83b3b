package io.kine.infra.patients;

import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientSummary;
import io.kine.kernel.patients.PatientView;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The JSON shapes of {@code /api/patients}; field names are the API contract. */
final class PatientJson {

    private PatientJson() {
    }

    record AddressJson(String street, String postalCode, String city, String country) {
    }

    record InsuranceJson(String insurer, String policyNumber) {
    }

    /** What a client sends to register or (after merging a patch) update a patient. */
    record PatientRequest(String firstName, String lastName, LocalDate dateOfBirth, Sex sex, String phone,
            String email, AddressJson address, InsuranceJson insurance, Boolean acknowledgeDuplicate) {

        PatientDetails toDetails() {
            AddressJson a = address == null ? new AddressJson(null, null, null, null) : address;
            InsuranceJson i = insurance == null ? new InsuranceJson(null, null) : insurance;
            return new PatientDetails(firstName, lastName, dateOfBirth, sex, phone, email,
                    new PostalAddress(a.street(), a.postalCode(), a.city(), a.country()),
                    new Insurance(i.insurer(), i.policyNumber()));
        }

        boolean duplicateAcknowledged() {
            return Boolean.TRUE.equals(acknowledgeDuplicate);
        }

        static PatientRequest of(PatientDetails d) {
            return new PatientRequest(d.firstName(), d.lastName(), d.dateOfBirth(), d.sex(), d.phone(), d.email(),
                    new AddressJson(d.address().street(), d.address().postalCode(), d.address().city(),
                            d.address().country()),
                    new InsuranceJson(d.insurance().insurer(), d.insurance().policyNumber()), null);
        }
    }

    record PatientResponse(UUID id, String firstName, String lastName, LocalDate dateOfBirth, Sex sex, String phone,
            String email, AddressJson address, InsuranceJson insurance, boolean archived, Instant registeredAt,
            Instant updatedAt, long version) {

        static PatientResponse of(PatientView view) {
            PatientDetails d = view.details();
            return new PatientResponse(view.patientId().value(), d.firstName(), d.lastName(), d.dateOfBirth(),
                    d.sex(), d.phone(), d.email(),
                    new AddressJson(d.address().street(), d.address().postalCode(), d.address().city(),
                            d.address().country()),
                    new InsuranceJson(d.insurance().insurer(), d.insurance().policyNumber()), view.archived(),
                    view.registeredAt(), view.updatedAt(), view.version());
        }
    }

    record PatientListItem(UUID id, String firstName, String lastName, LocalDate dateOfBirth, String phone,
            String email, boolean archived) {

        static PatientListItem of(PatientSummary summary) {
            return new PatientListItem(summary.patientId().value(), summary.firstName(), summary.lastName(),
                    summary.dateOfBirth(), summary.phone(), summary.email(), summary.archived());
        }
    }

    record PageMeta(long total, int page, int pageSize) {
    }

    record PatientList(java.util.List<PatientListItem> data, PageMeta meta) {
    }
}
