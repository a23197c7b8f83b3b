package io.kine.command.organization;

import static org.hamcrest.Matchers.contains;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import io.kine.kernel.organization.AddLocation;
import io.kine.kernel.organization.AddResource;
import io.kine.kernel.organization.ChangeOrganizationSettings;
import io.kine.kernel.organization.CloseLocation;
import io.kine.kernel.organization.LegalIdentifiers;
import io.kine.kernel.organization.LocationClosed;
import io.kine.kernel.organization.LocationDetails;
import io.kine.kernel.organization.LocationDetailsChanged;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationOpened;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationRegistered;
import io.kine.kernel.organization.OrganizationSettingsChanged;
import io.kine.kernel.organization.RegisterOrganization;
import io.kine.kernel.organization.RemoveResource;
import io.kine.kernel.organization.RenameResource;
import io.kine.kernel.organization.ResourceAdded;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.organization.ResourceRemoved;
import io.kine.kernel.organization.ResourceRenamed;
import io.kine.kernel.organization.UpdateLocation;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private static final OrganizationId CLINIC = OrganizationId.random();
    private static final LocationId PARIS = LocationId.random();
    private static final ResourceId ROOM_1 = ResourceId.random();
    private static final ZoneId PARIS_ZONE = ZoneId.of("Europe/Paris");
    /** A SIRET whose Luhn key is right. */
    private static final String VALID_SIRET = "73282932000074";

    private static final OrganizationRegistered REGISTERED =
            new OrganizationRegistered(CLINIC, "Cabinet des Lilas", "EUR", Locale.FRENCH);
    private static final LocationOpened OPENED = new LocationOpened(CLINIC, PARIS, "Paris 11e", PARIS_ZONE);
    private static final ResourceAdded ROOM_ADDED = new ResourceAdded(CLINIC, PARIS, ROOM_1, ResourceKind.ROOM, "Salle 1");

    private AggregateTestFixture<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    @Test
    void registersAnOrganizationWithATidiedNameAndCurrency() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization(CLINIC, "  Cabinet des Lilas ", "eur", Locale.FRANCE))
                .expectEvents(REGISTERED);
    }

    @Test
    void refusesToRegisterWithoutNameWithAnUnknownCurrencyOrAnUnsupportedLanguage() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization(CLINIC, " ", "XYZ", Locale.GERMAN))
                .expectNoEvents()
                .expectException(rejectedFor(
                        new FieldViolation("name", "validation.required"),
                        new FieldViolation("currency", "organization.currency.unknown"),
                        new FieldViolation("defaultLocale", "organization.locale.unsupported")));
    }

    @Test
    void changesTheSettingsWithLegalIdentifiersAsBareDigits() {
        LegalIdentifiers typed = new LegalIdentifiers("SELARL Lilas", "732 829 320 00074", "10003456789", null, null, null);

        fixture.given(REGISTERED)
                .when(new ChangeOrganizationSettings(CLINIC, "Cabinet Lilas", typed, "MAD", Locale.forLanguageTag("ar")))
                .expectEvents(new OrganizationSettingsChanged(CLINIC, "Cabinet Lilas",
                        new LegalIdentifiers("SELARL Lilas", VALID_SIRET, "10003456789", null, null, null), "MAD",
                        Locale.forLanguageTag("ar")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void acceptsMoroccanIdentifiers() {
        LegalIdentifiers moroccan = new LegalIdentifiers("Kine Anfa SARL", null, null, "001234567000089", "12345678",
                "RC 123456 Casablanca");

        fixture.given(REGISTERED)
                .when(new ChangeOrganizationSettings(CLINIC, "Kine Anfa", moroccan, "MAD", Locale.FRENCH))
                .expectEvents(new OrganizationSettingsChanged(CLINIC, "Kine Anfa", moroccan, "MAD", Locale.FRENCH));
    }

    @Test
    void refusesASiretWithAWrongKeyAndMalformedRppsAndIce() {
        LegalIdentifiers wrong = new LegalIdentifiers(null, "73282932000075", "1234", "12345678901234X", null, null);

        fixture.given(REGISTERED)
                .when(new ChangeOrganizationSettings(CLINIC, "Cabinet", wrong, "EUR", Locale.FRENCH))
                .expectNoEvents()
                .expectException(rejectedFor(
                        new FieldViolation("legalIdentifiers.siret", "organization.siret.invalid"),
                        new FieldViolation("legalIdentifiers.rpps", "organization.rpps.invalid"),
                        new FieldViolation("legalIdentifiers.ice", "organization.ice.invalid")));
    }

    @Test
    void refusesASiretOfTheWrongLength() {
        fixture.given(REGISTERED)
                .when(new ChangeOrganizationSettings(CLINIC, "Cabinet",
                        new LegalIdentifiers(null, "7328293200007", null, null, null, null), "EUR", Locale.FRENCH))
                .expectNoEvents()
                .expectException(rejectedFor(new FieldViolation("legalIdentifiers.siret", "organization.siret.invalid")));
    }

    @Test
    void acceptsLaPosteSiretsByTheirOwnRule() {
        LegalIdentifiers laPoste = new LegalIdentifiers(null, "35600000049837", null, null, null, null);

        fixture.given(REGISTERED)
                .when(new ChangeOrganizationSettings(CLINIC, "Cabinet", laPoste, "EUR", Locale.FRENCH))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void recordsNothingWhenTheSameSettingsAreSentAgain() {
        fixture.given(REGISTERED)
                .when(new ChangeOrganizationSettings(CLINIC, "Cabinet des Lilas", null, "EUR", Locale.FRENCH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void opensALocationWithAddressAndPhoneInOneCommand() {
        LocationDetails typed = new LocationDetails("Paris 11e", "3 rue des Lilas", "75011", "Paris", "France",
                "01 43 55 12 34", PARIS_ZONE);

        fixture.given(REGISTERED)
                .when(new AddLocation(CLINIC, PARIS, typed))
                .expectEvents(OPENED, new LocationDetailsChanged(CLINIC, PARIS, new LocationDetails("Paris 11e",
                        "3 rue des Lilas", "75011", "Paris", "France", "+33143551234", PARIS_ZONE)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void opensALocationWithOnlyANameAndATimeZone() {
        fixture.given(REGISTERED)
                .when(new OpenLocation(CLINIC, PARIS, " Paris 11e ", PARIS_ZONE))
                .expectEvents(OPENED);
    }

    @Test
    void opensALocationOnceEvenWhenAskedTwice() {
        fixture.given(REGISTERED, OPENED)
                .when(new OpenLocation(CLINIC, PARIS, "Paris 11e", PARIS_ZONE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesALocationWithoutNameWithABadPhoneOrAFixedOffsetForTimeZone() {
        LocationDetails bad = new LocationDetails("", null, null, null, null, "12ab", ZoneOffset.ofHours(1));

        fixture.given(REGISTERED)
                .when(new AddLocation(CLINIC, PARIS, bad))
                .expectNoEvents()
                .expectException(rejectedFor(
                        new FieldViolation("name", "validation.required"),
                        new FieldViolation("phone", "location.phone.invalid"),
                        new FieldViolation("timeZone", "location.timeZone.unknown")));
    }

    @Test
    void refusesALocationWithoutTimeZone() {
        fixture.given(REGISTERED)
                .when(new OpenLocation(CLINIC, PARIS, "Paris 11e", null))
                .expectNoEvents()
                .expectException(rejectedFor(new FieldViolation("timeZone", "validation.required")));
    }

    @Test
    void updatesALocation() {
        LocationDetails moved = new LocationDetails("Casablanca Anfa", null, null, "Casablanca", "Maroc",
                "+212522123456", ZoneId.of("Africa/Casablanca"));

        fixture.given(REGISTERED, OPENED)
                .when(new UpdateLocation(CLINIC, PARIS, moved))
                .expectEvents(new LocationDetailsChanged(CLINIC, PARIS, moved));
    }

    @Test
    void refusesToUpdateAnUnknownLocation() {
        fixture.given(REGISTERED)
                .when(new UpdateLocation(CLINIC, LocationId.random(),
                        new LocationDetails("X", null, null, null, null, null, PARIS_ZONE)))
                .expectException(LocationNotFound.class)
                .expectNoEvents();
    }

    @Test
    void closesALocationOnce() {
        fixture.given(REGISTERED, OPENED, new LocationClosed(CLINIC, PARIS))
                .when(new CloseLocation(CLINIC, PARIS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void closesAnOpenLocation() {
        fixture.given(REGISTERED, OPENED)
                .when(new CloseLocation(CLINIC, PARIS))
                .expectEvents(new LocationClosed(CLINIC, PARIS));
    }

    @Test
    void refusesToChangeAClosedLocation() {
        fixture.given(REGISTERED, OPENED, new LocationClosed(CLINIC, PARIS))
                .when(new AddResource(CLINIC, PARIS, ROOM_1, ResourceKind.ROOM, "Salle 1"))
                .expectException(LocationIsClosed.class)
                .expectNoEvents();
    }

    @Test
    void addsARoomToALocation() {
        fixture.given(REGISTERED, OPENED)
                .when(new AddResource(CLINIC, PARIS, ROOM_1, ResourceKind.ROOM, " Salle 1 "))
                .expectEvents(ROOM_ADDED);
    }

    @Test
    void refusesAResourceWithoutNameOrKind() {
        fixture.given(REGISTERED, OPENED)
                .when(new AddResource(CLINIC, PARIS, ROOM_1, null, " "))
                .expectNoEvents()
                .expectException(rejectedFor(
                        new FieldViolation("kind", "validation.required"),
                        new FieldViolation("name", "validation.required")));
    }

    @Test
    void refusesTwoResourcesOfTheSameNameInALocationWhateverTheCase() {
        fixture.given(REGISTERED, OPENED, ROOM_ADDED)
                .when(new AddResource(CLINIC, PARIS, ResourceId.random(), ResourceKind.EQUIPMENT, "SALLE 1"))
                .expectException(ResourceNameTaken.class)
                .expectNoEvents();
    }

    @Test
    void allowsTheSameNameInAnotherLocation() {
        LocationId lyon = LocationId.random();
        fixture.given(REGISTERED, OPENED, ROOM_ADDED, new LocationOpened(CLINIC, lyon, "Lyon", PARIS_ZONE))
                .when(new AddResource(CLINIC, lyon, ResourceId.random(), ResourceKind.ROOM, "Salle 1"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void addingTheSameResourceAgainRecordsNothing() {
        fixture.given(REGISTERED, OPENED, ROOM_ADDED)
                .when(new AddResource(CLINIC, PARIS, ROOM_1, ResourceKind.ROOM, "Salle 1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void renamesAResource() {
        fixture.given(REGISTERED, OPENED, ROOM_ADDED)
                .when(new RenameResource(CLINIC, PARIS, ROOM_1, "Salle de rééducation"))
                .expectEvents(new ResourceRenamed(CLINIC, PARIS, ROOM_1, "Salle de rééducation"));
    }

    @Test
    void refusesToRenameAResourceToANameAlreadyTaken() {
        fixture.given(REGISTERED, OPENED, ROOM_ADDED,
                        new ResourceAdded(CLINIC, PARIS, ResourceId.random(), ResourceKind.ROOM, "Salle 2"))
                .when(new RenameResource(CLINIC, PARIS, ROOM_1, "salle 2"))
                .expectException(ResourceNameTaken.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRenameAnUnknownResource() {
        fixture.given(REGISTERED, OPENED)
                .when(new RenameResource(CLINIC, PARIS, ROOM_1, "Salle 2"))
                .expectException(ResourceNotFound.class)
                .expectNoEvents();
    }

    @Test
    void removesAResourceAndItsNameBecomesFree() {
        fixture.given(REGISTERED, OPENED, ROOM_ADDED, new ResourceRemoved(CLINIC, PARIS, ROOM_1))
                .when(new AddResource(CLINIC, PARIS, ResourceId.random(), ResourceKind.ROOM, "Salle 1"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void removesAResource() {
        fixture.given(REGISTERED, OPENED, ROOM_ADDED)
                .when(new RemoveResource(CLINIC, PARIS, ROOM_1))
                .expectEvents(new ResourceRemoved(CLINIC, PARIS, ROOM_1));
    }

    @Test
    void removingAMissingResourceRecordsNothing() {
        fixture.given(REGISTERED, OPENED)
                .when(new RemoveResource(CLINIC, PARIS, ROOM_1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** Matches a rejection naming exactly these fields and reasons, in order. */
    private static Matcher<Rejection> rejectedFor(FieldViolation... expected) {
        return new FeatureMatcher<>(contains(expected), "rejection with violations", "violations") {
            @Override
            protected List<FieldViolation> featureValueOf(Rejection actual) {
                return actual.violations();
            }
        };
    }
}
