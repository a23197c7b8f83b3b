package io.kine.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.audit.InMemorySubjectKeys;
import io.kine.kernel.audit.RetentionPolicySet;
import io.kine.kernel.identity.InvitationAccepted;
import io.kine.kernel.identity.InvitationResent;
import io.kine.kernel.identity.PasswordChangeKind;
import io.kine.kernel.identity.PasswordChanged;
import io.kine.kernel.identity.PatientAccountLinked;
import io.kine.kernel.identity.PractitionerProfileUpdated;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.RoleGranted;
import io.kine.kernel.identity.RoleRevoked;
import io.kine.kernel.identity.StaffMemberInvited;
import io.kine.kernel.identity.SubstituteFlagged;
import io.kine.kernel.identity.UserAccountCreated;
import io.kine.kernel.identity.UserDeactivated;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.identity.UserReactivated;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationOpened;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationRegistered;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientArchived;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientDetailsUpdated;
import io.kine.kernel.patients.PatientErased;
import io.kine.kernel.patients.PatientErasureRefused;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientRegistered;
import io.kine.kernel.patients.PatientRestored;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.Sex;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.scheduling.AppointmentCancelled;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentReassigned;
import io.kine.kernel.scheduling.AppointmentRescheduled;
import io.kine.kernel.scheduling.AppointmentScheduled;
import io.kine.kernel.scheduling.AppointmentTypeDefined;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentWorkingHoursSet;
import io.kine.kernel.scheduling.TimeRange;
import io.kine.kernel.scheduling.WorkingHoursId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event survives the trip to the event table and back, and is written as plain, readable JSON. */
class EventSerializationTest {

    private final InMemorySubjectKeys keys = new InMemorySubjectKeys();
    private final Serializer serializer = new AxonSerialization().eventSerializer(keys);

    static final OrganizationId CLINIC = new OrganizationId(UUID.fromString("11111111-1111-1111-1111-111111111111"));
    static final PatientId PATIENT = new PatientId(UUID.fromString("22222222-2222-2222-2222-222222222222"));
    static final AppointmentId APPOINTMENT = new AppointmentId(UUID.fromString("44444444-4444-4444-4444-444444444444"));
    static final UserId USER = new UserId(UUID.fromString("33333333-3333-3333-3333-333333333333"));
    static final PatientDetails DETAILS = new PatientDetails("Élodie", "Lefèvre", LocalDate.of(1984, 2, 29), Sex.FEMALE,
            "+33612345678", "elodie@example.org", new PostalAddress("3 rue des Lilas", "75011", "Paris", "France"),
            new Insurance("MGEN", "123456"));

    static List<Object> everyEvent() {
        return List.of(
                new OrganizationRegistered(CLINIC, "Cabinet", "EUR", Locale.FRENCH),
                new LocationOpened(CLINIC, new LocationId(UUID.randomUUID()), "Paris 11e", ZoneId.of("Europe/Paris")),
                new UserAccountCreated(new UserId(UUID.randomUUID()), CLINIC, "a@b.org", "A B", Set.of(Role.AUDITOR)),
                new StaffMemberInvited(USER, CLINIC, "ines@example.org", "Inès Haddad",
                        Set.of(Role.PRACTITIONER, Role.ASSISTANT)),
                new InvitationResent(USER, CLINIC, "ines@example.org"),
                new InvitationAccepted(USER, CLINIC, "ines@example.org", Set.of(Role.PRACTITIONER)),
                new RoleGranted(USER, CLINIC, Role.MANAGER),
                new RoleRevoked(USER, CLINIC, Role.ASSISTANT),
                new UserDeactivated(USER, CLINIC),
                new UserReactivated(USER, CLINIC),
                new PractitionerProfileUpdated(USER, CLINIC, List.of("Sport", "Vestibulaire"), "75-1234"),
                new PractitionerProfileUpdated(USER, CLINIC, List.of(), null),
                new SubstituteFlagged(USER, CLINIC, new UserId(UUID.randomUUID()), LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 7, 14)),
                new PatientAccountLinked(USER, CLINIC, PATIENT),
                new PasswordChanged(USER, CLINIC, PasswordChangeKind.CHANGED),
                new PasswordChanged(USER, CLINIC, PasswordChangeKind.RESET),
                new PatientRegistered(PATIENT, CLINIC, DETAILS),
                new PatientRegistered(PATIENT, CLINIC, new PatientDetails("A", "B", LocalDate.of(2000, 1, 1), Sex.UNKNOWN,
                        null, null, PostalAddress.NONE, Insurance.NONE)),
                new PatientDetailsUpdated(PATIENT, CLINIC, DETAILS),
                new PatientArchived(PATIENT, CLINIC),
                new PatientErased(PATIENT, CLINIC, LocalDate.of(2046, 3, 1), true, "demande du patient"),
                new PatientErasureRefused(PATIENT, CLINIC, LocalDate.of(2046, 3, 1)),
                new RetentionPolicySet(CLINIC, 25, 30),
                new PatientRestored(PATIENT, CLINIC),
                new AppointmentScheduled(APPOINTMENT, CLINIC, PATIENT, USER, new LocationId(UUID.randomUUID()),
                        new ResourceId(UUID.randomUUID()), null, Instant.parse("2030-01-07T09:00:00Z"),
                        Instant.parse("2030-01-07T09:30:00Z"), new AppointmentTypeId(UUID.randomUUID()), "genou", null),
                new AppointmentCancelled(APPOINTMENT, CLINIC, "grippe", true),
                new AppointmentReassigned(APPOINTMENT, CLINIC, USER, null, new ResourceId(UUID.randomUUID()), "urgence"),
                new AppointmentRescheduled(APPOINTMENT, CLINIC, Instant.parse("2030-01-07T10:00:00Z"),
                        Instant.parse("2030-01-07T10:30:00Z"), null),
                new AppointmentTypeDefined(new AppointmentTypeId(UUID.randomUUID()), CLINIC, "Bilan", 45, "#336699"),
                new AppointmentWorkingHoursSet(new WorkingHoursId(UUID.randomUUID()), CLINIC, USER,
                        new LocationId(UUID.randomUUID()), Map.of(DayOfWeek.MONDAY,
                                List.of(new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0))))));
    }

    @ParameterizedTest
    @MethodSource("everyEvent")
    void readsBackEveryEventItWrites(Object event) {
        SerializedObject<String> json = serializer.serialize(event, String.class);

        assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
    }

    @Test
    void writesTypedIdsAsPlainStringsDatesAsIsoAndNoHelperProperties() {
        String json = serializer.serialize(new AppointmentCancelled(APPOINTMENT, CLINIC, "grippe", true), String.class)
                .getData();

        assertThat(json).contains("\"appointmentId\":\"44444444-4444-4444-4444-444444444444\"");
        assertThat(serializer.serialize(new PatientRegistered(PATIENT, CLINIC, DETAILS), String.class).getData())
                .contains("\"patientId\":\"22222222-2222-2222-2222-222222222222\"")
                .contains("\"sex\":\"FEMALE\"")
                .doesNotContain("empty");
    }

    @Test
    void sealsPersonalDataWithThePatientsKeyAndKeepsTheRestReadable() {
        String json = serializer.serialize(new PatientRegistered(PATIENT, CLINIC, DETAILS), String.class).getData();

        assertThat(json).doesNotContain("Élodie").doesNotContain("Lefèvre").doesNotContain("1984-02-29")
                .doesNotContain("+33612345678").doesNotContain("rue des Lilas").doesNotContain("MGEN")
                .contains("\"firstName\":\"kine:pd:v1:22222222-2222-2222-2222-222222222222:")
                .contains("\"organizationId\":\"11111111-1111-1111-1111-111111111111\"");
    }

    @Test
    void readsErasedForEveryPersonalFieldOnceTheKeyIsDestroyed() {
        SerializedObject<String> json = serializer.serialize(new PatientRegistered(PATIENT, CLINIC, DETAILS), String.class);
        keys.destroy(PATIENT.value());

        PatientRegistered read = serializer.deserialize(json);

        assertThat(read.patientId()).isEqualTo(PATIENT);
        assertThat(read.details().firstName()).isEqualTo("[erased]");
        assertThat(read.details().lastName()).isEqualTo("[erased]");
        assertThat(read.details().dateOfBirth()).isNull();
        assertThat(read.details().sex()).isEqualTo(Sex.FEMALE);
        assertThat(read.details().address().city()).isEqualTo("[erased]");
        assertThat(read.details().insurance().insurer()).isEqualTo("[erased]");
    }

    @Test
    void aSealedValueCopiedIntoAnotherPatientsEventStillDiesWithItsOwnersKey() {
        String json = serializer.serialize(new PatientRegistered(PATIENT, CLINIC, DETAILS), String.class).getData();
        PatientId other = new PatientId(UUID.fromString("55555555-5555-5555-5555-555555555555"));
        keys.keyFor(other.value());
        String forged = json.replace("\"patientId\":\"" + PATIENT + "\"", "\"patientId\":\"" + other + "\"");
        keys.destroy(PATIENT.value());

        PatientRegistered read = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                forged, String.class, serializer.typeForClass(PatientRegistered.class)));

        assertThat(read.patientId()).isEqualTo(other);
        assertThat(read.details().firstName()).isEqualTo("[erased]");
    }

    @Test
    void recordsTheEventRevision() {
        assertThat(serializer.serialize(new PatientArchived(PATIENT, CLINIC), String.class).getType().getRevision())
                .isEqualTo("1");
    }
}
