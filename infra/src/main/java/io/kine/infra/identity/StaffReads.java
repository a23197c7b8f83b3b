package io.kine.infra.identity;

import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.identity.FindStaffMembers;
import io.kine.kernel.identity.GetStaffMember;
import io.kine.kernel.identity.StaffMemberView;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientView;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/** The staff questions the web layer asks through the query bus, and bounded waiting for read-your-writes. */
@Component
class StaffReads {

    private final ReadModelQueries queries;

    StaffReads(ReadModelQueries queries) {
        this.queries = queries;
    }

    List<StaffMemberView> find(OrganizationId organization) {
        return queries.ask(new FindStaffMembers(organization), ResponseTypes.multipleInstancesOf(StaffMemberView.class));
    }

    Optional<StaffMemberView> get(OrganizationId organization, UserId user) {
        return queries.ask(new GetStaffMember(organization, user),
                ResponseTypes.optionalInstanceOf(StaffMemberView.class));
    }

    /** Asked with the caller's permissions: another organization's patient is absent. */
    boolean patientExists(OrganizationId organization, PatientId patient) {
        return queries.ask(new GetPatient(organization, patient), ResponseTypes.optionalInstanceOf(PatientView.class))
                .isPresent();
    }

    /** The account once the read model holds at least {@code version}, or what is there after the timeout. */
    Optional<StaffMemberView> awaitVersion(OrganizationId organization, UserId user, long version) {
        return queries.awaitUntil(() -> get(organization, user), view -> view.map(v -> v.version() >= version).orElse(false));
    }

}
