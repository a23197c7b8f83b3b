package io.kine.command.identity;

import static org.hamcrest.Matchers.contains;

import io.kine.command.FieldViolation;
import io.kine.kernel.identity.AcceptInvitation;
import io.kine.kernel.identity.DeactivateUser;
import io.kine.kernel.identity.FlagSubstitute;
import io.kine.kernel.identity.GrantRole;
import io.kine.kernel.identity.InvitationAccepted;
import io.kine.kernel.identity.InvitationResent;
import io.kine.kernel.identity.InviteStaffMember;
import io.kine.kernel.identity.LinkPatientAccount;
import io.kine.kernel.identity.PasswordChangeKind;
import io.kine.kernel.identity.PasswordChanged;
import io.kine.kernel.identity.PatientAccountLinked;
import io.kine.kernel.identity.PractitionerProfileUpdated;
import io.kine.kernel.identity.ReactivateUser;
import io.kine.kernel.identity.RecordPasswordChange;
import io.kine.kernel.identity.ResendInvitation;
import io.kine.kernel.identity.RevokeRole;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.RoleGranted;
import io.kine.kernel.identity.RoleRevoked;
import io.kine.kernel.identity.StaffMemberInvited;
import io.kine.kernel.identity.SubstituteFlagged;
import io.kine.kernel.identity.UpdatePractitionerProfile;
import io.kine.kernel.identity.UserAccountCreated;
import io.kine.kernel.identity.UserDeactivated;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.identity.UserReactivated;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final UserId USER = UserId.random();
    private static final UserId COLLEAGUE = UserId.random();
    private static final OrganizationId CLINIC = OrganizationId.random();
    private static final OrganizationId OTHER_CLINIC = OrganizationId.random();
    private static final String EMAIL = "karim@clinic.fr";

    private AggregateTestFixture<UserAccount> fixture;
    private boolean anotherOwnerExists;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        anotherOwnerExists = true;
        fixture.registerInjectableResource((OrganizationOwners) (organization, user) -> anotherOwnerExists);
    }

    private static StaffMemberInvited invited(Role... roles) {
        return new StaffMemberInvited(USER, CLINIC, EMAIL, "Karim Benjelloun", Set.of(roles));
    }

    private static UserAccountCreated created(Role... roles) {
        return new UserAccountCreated(USER, CLINIC, EMAIL, "Karim Benjelloun", Set.of(roles));
    }

    @Test
    void invitesAStaffMemberWithATidiedAddress() {
        fixture.givenNoPriorActivity()
                .when(new InviteStaffMember(USER, CLINIC, "  Karim@Clinic.Fr ", " Karim Benjelloun ",
                        Set.of(Role.PRACTITIONER)))
                .expectEvents(invited(Role.PRACTITIONER));
    }

    @Test
    void refusesAnInvitationWithoutAddressNameOrRoleAllAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new InviteStaffMember(USER, CLINIC, "not-an-address", " ", Set.of()))
                .expectNoEvents()
                .expectException(rejectedFor(new FieldViolation("email", "staff.email.invalid"),
                        new FieldViolation("displayName", "validation.required"),
                        new FieldViolation("roles", "staff.roles.required")));
    }

    @Test
    void refusesAPatientRoleCombinedWithAStaffRole() {
        fixture.givenNoPriorActivity()
                .when(new InviteStaffMember(USER, CLINIC, EMAIL, "Karim", Set.of(Role.PATIENT, Role.ASSISTANT)))
                .expectNoEvents()
                .expectException(rejectedFor(new FieldViolation("roles", "staff.roles.patientExclusive")));
    }

    @Test
    void acceptsAPendingInvitationWithTheRolesHeldNow() {
        fixture.given(invited(Role.PRACTITIONER), new RoleGranted(USER, CLINIC, Role.MANAGER))
                .when(new AcceptInvitation(USER, CLINIC))
                .expectEvents(new InvitationAccepted(USER, CLINIC, EMAIL, Set.of(Role.PRACTITIONER, Role.MANAGER)))
                .expectResultMessagePayload(Set.of(Role.PRACTITIONER, Role.MANAGER));
    }

    @Test
    void refusesToAcceptAnInvitationTwice() {
        fixture.given(invited(Role.PRACTITIONER), new InvitationAccepted(USER, CLINIC, EMAIL, Set.of(Role.PRACTITIONER)))
                .when(new AcceptInvitation(USER, CLINIC))
                .expectException(InvitationAlreadyAccepted.class)
                .expectNoEvents();
    }

    @Test
    void refusesToAcceptTheInvitationOfADeactivatedAccount() {
        fixture.given(invited(Role.PRACTITIONER), new UserDeactivated(USER, CLINIC))
                .when(new AcceptInvitation(USER, CLINIC))
                .expectException(UserIsDeactivated.class)
                .expectNoEvents();
    }

    @Test
    void resendsAPendingInvitationButNotAnAcceptedOne() {
        fixture.given(invited(Role.ASSISTANT))
                .when(new ResendInvitation(USER, CLINIC))
                .expectEvents(new InvitationResent(USER, CLINIC, EMAIL));
        fixture.given(created(Role.ASSISTANT))
                .when(new ResendInvitation(USER, CLINIC))
                .expectException(InvitationAlreadyAccepted.class)
                .expectNoEvents();
    }

    @Test
    void grantsARoleOnceAndRecordsNothingForARoleAlreadyHeld() {
        fixture.given(created(Role.ASSISTANT))
                .when(new GrantRole(USER, CLINIC, Role.MANAGER))
                .expectEvents(new RoleGranted(USER, CLINIC, Role.MANAGER));
        fixture.given(created(Role.ASSISTANT))
                .when(new GrantRole(USER, CLINIC, Role.ASSISTANT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToGrantThePatientRoleToStaff() {
        fixture.given(created(Role.ASSISTANT))
                .when(new GrantRole(USER, CLINIC, Role.PATIENT))
                .expectException(InvalidStaffMember.class)
                .expectNoEvents();
    }

    @Test
    void revokesARole() {
        fixture.given(created(Role.ASSISTANT), new RoleGranted(USER, CLINIC, Role.MANAGER))
                .when(new RevokeRole(USER, CLINIC, Role.MANAGER))
                .expectEvents(new RoleRevoked(USER, CLINIC, Role.MANAGER));
    }

    @Test
    void refusesToRevokeTheOnlyRoleOfAnAccount() {
        fixture.given(created(Role.ASSISTANT))
                .when(new RevokeRole(USER, CLINIC, Role.ASSISTANT))
                .expectException(LastRoleOfAccount.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRevokeTheOwnerRoleOfTheLastOwner() {
        anotherOwnerExists = false;
        fixture.given(created(Role.OWNER), new RoleGranted(USER, CLINIC, Role.ADMIN))
                .when(new RevokeRole(USER, CLINIC, Role.OWNER))
                .expectException(LastOwnerOfOrganization.class)
                .expectNoEvents();
    }

    @Test
    void revokesTheOwnerRoleWhenAnotherOwnerRemains() {
        fixture.given(created(Role.OWNER), new RoleGranted(USER, CLINIC, Role.ADMIN))
                .when(new RevokeRole(USER, CLINIC, Role.OWNER))
                .expectEvents(new RoleRevoked(USER, CLINIC, Role.OWNER));
    }

    @Test
    void refusesToDeactivateTheLastOwner() {
        anotherOwnerExists = false;
        fixture.given(created(Role.OWNER))
                .when(new DeactivateUser(USER, CLINIC))
                .expectException(LastOwnerOfOrganization.class)
                .expectNoEvents();
    }

    @Test
    void deactivatesAndReactivatesOnceEach() {
        fixture.given(created(Role.ASSISTANT))
                .when(new DeactivateUser(USER, CLINIC))
                .expectEvents(new UserDeactivated(USER, CLINIC));
        fixture.given(created(Role.ASSISTANT), new UserDeactivated(USER, CLINIC))
                .when(new DeactivateUser(USER, CLINIC))
                .expectNoEvents();
        fixture.given(created(Role.ASSISTANT), new UserDeactivated(USER, CLINIC))
                .when(new ReactivateUser(USER, CLINIC))
                .expectEvents(new UserReactivated(USER, CLINIC));
    }

    @Test
    void answersAnotherOrganizationsCommandsAsIfTheAccountDidNotExist() {
        fixture.given(created(Role.ASSISTANT))
                .when(new DeactivateUser(USER, OTHER_CLINIC))
                .expectException(UserAccountNotFound.class)
                .expectNoEvents();
    }

    @Test
    void updatesAPractitionerProfileWithTidiedSpecialties() {
        fixture.given(created(Role.PRACTITIONER))
                .when(new UpdatePractitionerProfile(USER, CLINIC, List.of(" Sport ", "", "Sport", "Pédiatrie"), " 75-1234 "))
                .expectEvents(new PractitionerProfileUpdated(USER, CLINIC, List.of("Sport", "Pédiatrie"), "75-1234"));
    }

    @Test
    void recordsNothingWhenTheProfileIsUnchanged() {
        fixture.given(created(Role.PRACTITIONER),
                        new PractitionerProfileUpdated(USER, CLINIC, List.of("Sport"), "75-1234"))
                .when(new UpdatePractitionerProfile(USER, CLINIC, List.of("Sport"), "75-1234"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAProfileForSomeoneWhoIsNotAPractitioner() {
        fixture.given(created(Role.ASSISTANT))
                .when(new UpdatePractitionerProfile(USER, CLINIC, List.of("Sport"), null))
                .expectException(NotAPractitioner.class)
                .expectNoEvents();
    }

    @Test
    void flagsAPractitionerAsSubstituteForAPeriod() {
        LocalDate from = LocalDate.of(2026, 7, 1);
        fixture.given(created(Role.PRACTITIONER))
                .when(new FlagSubstitute(USER, CLINIC, COLLEAGUE, from, from.plusDays(13)))
                .expectEvents(new SubstituteFlagged(USER, CLINIC, COLLEAGUE, from, from.plusDays(13)));
    }

    @Test
    void refusesASubstitutionThatEndsBeforeItStarts() {
        LocalDate from = LocalDate.of(2026, 7, 1);
        fixture.given(created(Role.PRACTITIONER))
                .when(new FlagSubstitute(USER, CLINIC, COLLEAGUE, from, from.minusDays(1)))
                .expectNoEvents()
                .expectException(rejectedFor(new FieldViolation("to", "staff.substitute.toBeforeFrom")));
    }

    @Test
    void refusesASubstituteStandingInForThemselves() {
        LocalDate from = LocalDate.of(2026, 7, 1);
        fixture.given(created(Role.PRACTITIONER))
                .when(new FlagSubstitute(USER, CLINIC, USER, from, from))
                .expectNoEvents()
                .expectException(rejectedFor(new FieldViolation("replaces", "staff.substitute.self")));
    }

    @Test
    void linksAPatientAccountToOneRecordOnly() {
        PatientId patient = PatientId.random();
        fixture.given(created(Role.PATIENT))
                .when(new LinkPatientAccount(USER, CLINIC, patient))
                .expectEvents(new PatientAccountLinked(USER, CLINIC, patient));
        fixture.given(created(Role.PATIENT), new PatientAccountLinked(USER, CLINIC, patient))
                .when(new LinkPatientAccount(USER, CLINIC, PatientId.random()))
                .expectException(PatientAccountAlreadyLinked.class)
                .expectNoEvents();
    }

    @Test
    void refusesToLinkAStaffAccountToAPatientRecord() {
        fixture.given(created(Role.ASSISTANT))
                .when(new LinkPatientAccount(USER, CLINIC, PatientId.random()))
                .expectException(NotAPatientAccount.class)
                .expectNoEvents();
    }

    @Test
    void recordsAPasswordChangeWithoutAnyCredential() {
        fixture.given(created(Role.ASSISTANT))
                .when(new RecordPasswordChange(USER, CLINIC, PasswordChangeKind.RESET))
                .expectEvents(new PasswordChanged(USER, CLINIC, PasswordChangeKind.RESET));
    }

    @Test
    void refusesAPasswordChangeOfADeactivatedAccount() {
        fixture.given(created(Role.ASSISTANT), new UserDeactivated(USER, CLINIC))
                .when(new RecordPasswordChange(USER, CLINIC, PasswordChangeKind.CHANGED))
                .expectException(UserIsDeactivated.class)
                .expectNoEvents();
    }

    private static Matcher<InvalidStaffMember> rejectedFor(FieldViolation... violations) {
        return new FeatureMatcher<>(contains(violations), "violations", "violations") {
            @Override
            protected List<FieldViolation> featureValueOf(InvalidStaffMember actual) {
                return actual.violations();
            }
        };
    }
}
