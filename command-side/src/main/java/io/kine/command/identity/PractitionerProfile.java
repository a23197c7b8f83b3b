package io.kine.command.identity;

import io.kine.command.FieldViolation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Specialties (trimmed, blanks and repeats dropped, order kept) and a license number, checked. */
record PractitionerProfile(List<String> specialties, String licenseNumber) {

    static final int MAX_SPECIALTIES = 10;
    static final int MAX_TEXT_LENGTH = 100;

    static PractitionerProfile checked(List<String> specialties, String licenseNumber) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> tidy = new LinkedHashSet<>();
        (specialties == null ? List.<String>of() : specialties).stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(tidy::add);
        if (tidy.size() > MAX_SPECIALTIES || tidy.stream().anyMatch(s -> s.length() > MAX_TEXT_LENGTH)) {
            violations.add(new FieldViolation("specialties", "staff.specialties.tooMany"));
        }
        String license = licenseNumber == null || licenseNumber.isBlank() ? null : licenseNumber.strip();
        if (license != null && license.length() > MAX_TEXT_LENGTH) {
            violations.add(new FieldViolation("licenseNumber", "staff.licenseNumber.tooLong"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidStaffMember(violations);
        }
        return new PractitionerProfile(List.copyOf(tidy), license);
    }
}
