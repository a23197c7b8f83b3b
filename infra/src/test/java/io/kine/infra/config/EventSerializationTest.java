package io.kine.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.audit.InMemorySubjectKeys;
import io.kine.kernel.audit.RetentionPolicySet;
import io.kine.kernel.billing.BilledItem;
import io.kine.kernel.billing.BillingSettingsId;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.CreditSource;
import io.kine.kernel.billing.Discount;
import io.kine.kernel.billing.DiscountKind;
import io.kine.kernel.billing.DunningStepsChanged;
import io.kine.kernel.billing.InvoiceCredited;
import io.kine.kernel.billing.InvoiceDraftChanged;
import io.kine.kernel.billing.InvoiceDrafted;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceIssued;
import io.kine.kernel.billing.InvoiceLineAdded;
import io.kine.kernel.billing.InvoiceLineRemoved;
import io.kine.kernel.billing.InvoiceVoided;
import io.kine.kernel.billing.LineAmounts;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.PatientCreditAdded;
import io.kine.kernel.billing.PatientCreditApplied;
import io.kine.kernel.billing.PatientCreditRefunded;
import io.kine.kernel.billing.PaymentId;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.PaymentRecorded;
import io.kine.kernel.billing.PaymentReminderSent;
import io.kine.kernel.billing.ProductChanged;
import io.kine.kernel.billing.ProductDefined;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.billing.TaxLine;
import io.kine.kernel.clinical.AddendumAdded;
import io.kine.kernel.clinical.AttachmentAdded;
import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.clinical.CaseClosed;
import io.kine.kernel.clinical.CaseDetailsRevised;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CaseOpened;
import io.kine.kernel.clinical.CaseReassigned;
import io.kine.kernel.clinical.CaseReopened;
import io.kine.kernel.clinical.MeasureKind;
import io.kine.kernel.clinical.NoteTemplateChanged;
import io.kine.kernel.clinical.NoteTemplateDefined;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.NoteTemplateRetired;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitNoteRevised;
import io.kine.kernel.clinical.VisitNoteSigned;
import io.kine.kernel.clinical.VisitStarted;
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
import io.kine.kernel.organization.ResourceId;
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
import io.kine.kernel.scheduling.AppointmentCancelled;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentReassigned;
import io.kine.kernel.scheduling.AppointmentRescheduled;
import io.kine.kernel.scheduling.AppointmentNotesChanged;
import io.kine.kernel.scheduling.AppointmentScheduled;
import io.kine.kernel.scheduling.AppointmentSeriesBooked;
import io.kine.kernel.scheduling.AppointmentSeriesCancelled;
import io.kine.kernel.scheduling.AppointmentSeriesChanged;
import io.kine.kernel.scheduling.AppointmentTypeDefined;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentTypeServiceChosen;
import io.kine.kernel.scheduling.AppointmentWorkingHoursSet;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.ExceptionKind;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.SeriesBookingMode;
import io.kine.kernel.scheduling.SeriesId;
import io.kine.kernel.scheduling.SeriesOccurrence;
import io.kine.kernel.scheduling.SeriesScope;
import io.kine.kernel.scheduling.SkippedOccurrence;
import io.kine.kernel.scheduling.WorkingHoursExceptionId;
import io.kine.kernel.scheduling.WorkingHoursExceptionRecorded;
import io.kine.kernel.scheduling.WorkingHoursExceptionWithdrawn;
import io.kine.kernel.scheduling.WorkingHoursId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    static final SeriesId SERIES = new SeriesId(UUID.fromString("55555555-5555-5555-5555-555555555555"));
    static final UserId USER = new UserId(UUID.fromString("33333333-3333-3333-3333-333333333333"));
    static final PatientDetails DETAILS = new PatientDetails("Élodie", "Lefèvre", LocalDate.of(1984, 2, 29), Sex.FEMALE,
            "+33612345678", "elodie@example.org", new PostalAddress("3 rue des Lilas", "75011", "Paris", "France"),
            new Insurance("MGEN", "123456"));

    static final CaseId CASE = new CaseId(UUID.fromString("55555555-5555-5555-5555-555555555555"));
    static final VisitId VISIT = new VisitId(UUID.fromString("66666666-6666-6666-6666-666666666666"));
    static final NoteTemplateId TEMPLATE = new NoteTemplateId(UUID.fromString("77777777-7777-7777-7777-777777777777"));

    static List<Object> clinicalEvents() {
        return List.of(
                new CaseOpened(CASE, CLINIC, PATIENT, USER, "Lombalgie", "M54.5", "Lombalgie commune", "Dr Martin",
                        "Reprendre la course"),
                new CaseOpened(CASE, CLINIC, PATIENT, USER, "ألم", null, null, null, null),
                new CaseDetailsRevised(CASE, CLINIC, PATIENT, "Lombalgie", "M51.2", null, null, "Marcher"),
                new CaseReassigned(CASE, CLINIC, PATIENT, USER),
                new CaseClosed(CASE, CLINIC, PATIENT, "Objectifs atteints"),
                new CaseReopened(CASE, CLINIC, PATIENT, "Rechute"),
                new VisitStarted(VISIT, CASE, CLINIC, PATIENT, USER, LocalDate.of(2026, 11, 24), APPOINTMENT),
                new VisitStarted(VISIT, CASE, CLINIC, PATIENT, USER, LocalDate.of(2026, 11, 24), null),
                new VisitNoteRevised(VISIT, CASE, CLINIC, PATIENT, 3, USER, "Douleur « 6/10 »\nla nuit", "Schober 3 cm",
                        null, "Renforcement", List.of(new OutcomeMeasure(MeasureKind.PAIN, 6)), TEMPLATE),
                new VisitNoteRevised(VISIT, CASE, CLINIC, PATIENT, 1, USER, null, null, null, null, List.of(), null),
                new VisitNoteSigned(VISIT, CASE, CLINIC, PATIENT, 3, USER),
                new AddendumAdded(VISIT, CASE, CLINIC, PATIENT, 1, USER, "Radio normale"),
                new AttachmentAdded(new AttachmentId(UUID.randomUUID()), CLINIC, PATIENT, CASE, VISIT, "bilan.pdf",
                        "application/pdf", 1234, "ab".repeat(32), USER),
                new AttachmentAdded(new AttachmentId(UUID.randomUUID()), CLINIC, PATIENT, CASE, null, "radio.png",
                        "image/png", 99, "cd".repeat(32), USER),
                new NoteTemplateDefined(TEMPLATE, CLINIC, "Genou", new SoapNote("Douleur :", null, null, "Exercices")),
                new NoteTemplateChanged(TEMPLATE, CLINIC, "Genou (LCA)", SoapNote.EMPTY),
                new NoteTemplateRetired(TEMPLATE, CLINIC));
    }

    @ParameterizedTest
    @MethodSource("clinicalEvents")
    void readsBackEveryClinicalEventItWrites(Object event) {
        SerializedObject<String> json = serializer.serialize(event, String.class);

        assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
        assertThat(json.getType().getRevision()).isEqualTo("1");
    }

    @Test
    void writesClinicalIdsAsPlainStringsAndMeasuresAsKindAndValue() {
        String json = serializer.serialize(clinicalEvents().get(8), String.class).getData();

        assertThat(json).contains("\"visitId\":\"66666666-6666-6666-6666-666666666666\"")
                .contains("\"templateId\":\"77777777-7777-7777-7777-777777777777\"")
                .contains("\"measures\":[{\"kind\":\"PAIN\",\"value\":6}]")
                .doesNotContain("blank");
    }

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
                new AppointmentNotesChanged(APPOINTMENT, CLINIC, PATIENT, "apporter les radios"),
                new AppointmentNotesChanged(APPOINTMENT, CLINIC, null, "noté avant la révision 2"),
                new AppointmentReassigned(APPOINTMENT, CLINIC, USER, null, new ResourceId(UUID.randomUUID()), "urgence"),
                new AppointmentRescheduled(APPOINTMENT, CLINIC, Instant.parse("2030-01-07T10:00:00Z"),
                        Instant.parse("2030-01-07T10:30:00Z"), null),
                new AppointmentScheduled(APPOINTMENT, CLINIC, PATIENT, USER, new LocationId(UUID.randomUUID()), null, null,
                        Instant.parse("2030-01-07T09:00:00Z"), Instant.parse("2030-01-07T09:30:00Z"), null, null, null,
                        SERIES),
                new AppointmentSeriesBooked(SERIES, CLINIC, PATIENT, USER, new LocationId(UUID.randomUUID()), null, null,
                        null, "genou", "FREQ=WEEKLY;BYDAY=MO;COUNT=2", LocalDateTime.of(2030, 1, 7, 10, 0),
                        Duration.ofMinutes(30), "Europe/Paris", SeriesBookingMode.FREE_ONLY,
                        List.of(new SeriesOccurrence(APPOINTMENT, Instant.parse("2030-01-07T09:00:00Z"),
                                Instant.parse("2030-01-07T09:30:00Z"))),
                        List.of(new SkippedOccurrence(Instant.parse("2030-01-14T09:00:00Z"),
                                Instant.parse("2030-01-14T09:30:00Z"), new AppointmentId(UUID.randomUUID()), "ROOM",
                                UUID.randomUUID())), "urgence"),
                new AppointmentSeriesCancelled(SERIES, CLINIC, SeriesScope.FOLLOWING, APPOINTMENT, List.of(APPOINTMENT),
                        "déménagement"),
                new AppointmentSeriesChanged(SERIES, CLINIC, PATIENT, SeriesScope.ALL, null, List.of(APPOINTMENT),
                        LocalTime.of(10, 30), Duration.ofMinutes(45), USER, null, new ResourceId(UUID.randomUUID()), null),
                new WorkingHoursExceptionRecorded(new WorkingHoursExceptionId(UUID.randomUUID()), CLINIC, USER, null,
                        ExceptionKind.CHANGED_HOURS, new DateRange(LocalDate.of(2030, 8, 1), LocalDate.of(2030, 8, 31)),
                        List.of(new LocalTimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0))), "été"),
                new WorkingHoursExceptionWithdrawn(new WorkingHoursExceptionId(UUID.randomUUID()), CLINIC),
                new AppointmentTypeDefined(new AppointmentTypeId(UUID.randomUUID()), CLINIC, "Bilan", 45, "#336699"),
                new AppointmentWorkingHoursSet(new WorkingHoursId(UUID.randomUUID()), CLINIC, USER,
                        new LocationId(UUID.randomUUID()), Map.of(DayOfWeek.MONDAY,
                                List.of(new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0))))));
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
    static List<Object> billingEvents() {
        InvoiceId invoice = new InvoiceId(UUID.fromString("55555555-5555-5555-5555-555555555555"));
        ProductId product = ProductId.random();
        Money forty = Money.of("40", "EUR");
        LineAmounts amounts = new LineAmounts(Money.of("27.01", "MAD"), Money.of("5.40", "MAD"), Money.of("32.41", "MAD"));
        List<TaxLine> taxes = List.of(new TaxLine(new BigDecimal("20"), amounts.net(), amounts.tax(), amounts.total()));
        PatientAccountId account = PatientAccountId.named(PATIENT.toString());
        return List.of(
                new ProductDefined(product, CLINIC, "AMK-15", "Séance", ProductKind.SERVICE, new BigDecimal("16.13"),
                        BigDecimal.ZERO),
                new ProductChanged(product, CLINIC, "AMK-15", "Séance", ProductKind.SERVICE, new BigDecimal("17.5"),
                        new BigDecimal("5.5"), false),
                new InvoiceDrafted(invoice, CLINIC, PATIENT, "Genou droit", "MAD", Locale.forLanguageTag("ar"),
                        new BilledItem(BilledItem.Kind.APPOINTMENT, APPOINTMENT.value()), "Merci"),
                new InvoiceDraftChanged(invoice, CLINIC, PATIENT, null, Locale.ENGLISH, null),
                new InvoiceLineAdded(invoice, CLINIC, PATIENT, UUID.randomUUID(), 1, product, "جلسة ترويض",
                        new BigDecimal("3"), new BigDecimal("10.005"), new BigDecimal("20"),
                        new Discount(DiscountKind.PERCENT, BigDecimal.TEN), amounts),
                new InvoiceLineRemoved(invoice, CLINIC, PATIENT, UUID.randomUUID()),
                new InvoiceIssued(invoice, CLINIC, PATIENT, "2026-000042", 2026, 42, LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 4, 1), amounts, taxes),
                new InvoiceVoided(invoice, CLINIC, PATIENT, null),
                new InvoiceCredited(invoice, CLINIC, PATIENT, CreditNoteId.random(), "AV-2026-000003", 2026, 3,
                        LocalDate.of(2026, 3, 9), "Séance annulée", amounts, taxes, Money.of("15", "MAD")),
                new PaymentRecorded(invoice, CLINIC, PATIENT, PaymentId.random(), Money.of("50", "EUR"), PaymentMethod.CHEQUE,
                        "Chèque 1234567", LocalDate.of(2026, 3, 5), forty, Money.of("10", "EUR"), Money.zero("EUR")),
                new PaymentReminderSent(invoice, CLINIC, PATIENT, 1, 7, LocalDate.of(2026, 4, 8), forty, "amina@example.org"),
                new PatientCreditAdded(account, CLINIC, PATIENT, UUID.randomUUID(), CreditSource.OVERPAYMENT, invoice,
                        Money.of("10", "EUR"), Money.of("10", "EUR")),
                new PatientCreditApplied(account, CLINIC, PATIENT, PaymentId.random(), invoice, Money.of("6", "EUR"),
                        Money.of("4", "EUR")),
                new PatientCreditRefunded(account, CLINIC, PATIENT, PaymentId.random(), Money.of("4", "EUR"),
                        PaymentMethod.TRANSFER, "Virement 88", LocalDate.of(2026, 4, 2), Money.zero("EUR")),
                new DunningStepsChanged(BillingSettingsId.named(CLINIC.toString()), CLINIC, List.of(7, 21, 45)),
                new AppointmentTypeServiceChosen(new AppointmentTypeId(UUID.randomUUID()), CLINIC, product),
                new AppointmentTypeServiceChosen(new AppointmentTypeId(UUID.randomUUID()), CLINIC, null));
    }

    @ParameterizedTest
    @MethodSource("billingEvents")
    void readsBackEveryBillingEventWithExactAmounts(Object event) {
        SerializedObject<String> json = serializer.serialize(event, String.class);

        assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
    }

    @Test
    void writesMoneyAsAnExactDecimalWithItsCurrency() {
        String json = serializer.serialize(new PaymentReminderSent(new InvoiceId(UUID.randomUUID()), CLINIC, PATIENT, 1, 7,
                LocalDate.of(2026, 4, 8), Money.of("1234.5", "MAD"), null), String.class).getData();

        assertThat(json).contains("\"balanceDue\":{\"amount\":1234.50,\"currency\":\"MAD\"}");
    }
}
